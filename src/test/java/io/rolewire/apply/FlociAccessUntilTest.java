package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.FlociAccount;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Seed 003 with an end of access against Floci (ADR 019): the live trust carries the DateLessThan
 * condition, verification counts it while the end is ahead, and a re-wiring with another end
 * rewrites that statement instead of adding a second one. Floci ignores trust conditions (its
 * README), so the refusal after the end is AWS's alone and not shown here.
 */
class FlociAccessUntilTest extends FlociApplyContext {

    private static String liveTrust(Scenario s) {
        try (IamClient destination = FlociAccount.root(s.destination()).iam()) {
            return destination
                    .getRole(r -> r.roleName(s.destinationRole()))
                    .role()
                    .assumeRolePolicyDocument();
        }
    }

    private static String iso(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @Test
    void seed003WithAnEndIsVerifiedAndTheLiveTrustCarriesTheEndOnce() {
        Scenario s = Scenario.of(36);
        Instant end = Instant.now().plus(Duration.ofDays(30));

        Run run = appliedAndSettled(s.seed003(true, true).withAccessUntil(end));

        assertThat(run.status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(liveTrust(s)).contains("DateLessThan", "aws:CurrentTime", iso(end), s.sourceRoleArn());
        assertThat(applies.progress(run.id()).verification())
                .hasValueSatisfying(v -> assertThat(v.checks())
                        .filteredOn(c -> c.name().equals(VerificationCheck.TRUST))
                        .singleElement()
                        .satisfies(c -> {
                            assertThat(c.passed()).isTrue();
                            assertThat(c.evidence()).contains("until " + iso(end));
                        }));

        Instant later = end.plus(Duration.ofDays(7));
        Run again = approved(s.seed003(false, false).withAccessUntil(later));
        assertThat(resource(plans.latest(again.id()).orElseThrow(), "destination.trust")
                        .change())
                .isEqualTo(Change.UPDATE);
        applies.apply(again.id(), OPERATOR);

        assertThat(settle(again.id()).status()).isEqualTo(RunStatus.VERIFIED);
        String trust = liveTrust(s);
        assertThat(trust).contains(iso(later)).doesNotContain(iso(end));
        assertThat(trust.split(java.util.regex.Pattern.quote(s.sourceRoleArn()), -1))
                .as("one statement names the source role")
                .hasSize(2);
    }
}
