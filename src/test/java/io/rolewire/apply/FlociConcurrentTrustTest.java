package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.FlociAccount;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Two applies into one destination role at the same time (ADR 017, third addendum), scenario 45.
 * {@code UpdateAssumeRolePolicy} replaces the whole trust: without one trust write at a time per
 * role, both applies would merge into the trust their plans read, and the second write would drop
 * the first one's statement. With 100 ms per call, both plans read the trust before either writes.
 */
class FlociConcurrentTrustTest extends FlociApplyContext {

    @Test
    void twoAppliesIntoOneDestinationRoleAtOnceKeepEveryStatement() {
        Scenario s = Scenario.of(45);
        Scenario other = new Scenario(
                s.source(), s.destination(), "task-role-b-" + SUFFIX, s.destinationRole(), "fam-b-" + SUFFIX);
        String keepMe = "{\"Version\":\"2012-10-17\",\"Statement\":[" + FlociApplyScenariosTest.KEEP_ME + "]}";
        try (IamClient destination = FlociAccount.root(s.destination()).iam()) {
            destination.createRole(r -> r.roleName(s.destinationRole()).assumeRolePolicyDocument(keepMe));
        }
        Run first = approved(s.seed003(true, false));
        Run second = approved(other.seed003(true, false));
        proxy().latency(Duration.ofMillis(100));

        CompletableFuture.allOf(
                        CompletableFuture.runAsync(() -> applies.apply(first.id(), OPERATOR)),
                        CompletableFuture.runAsync(() -> applies.apply(second.id(), OPERATOR)))
                .join();

        assertThat(settle(first.id()).status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(settle(second.id()).status()).isEqualTo(RunStatus.VERIFIED);
        proxy().latency(Duration.ZERO);
        try (IamClient destination = FlociAccount.root(s.destination()).iam()) {
            String trust = destination
                    .getRole(r -> r.roleName(s.destinationRole()))
                    .role()
                    .assumeRolePolicyDocument();
            assertThat(trust).contains("KeepMe", s.sourceRoleArn(), other.sourceRoleArn());
        }
        assertThat(LiveHop.identityAfterHop(s)).isEqualTo(s.destination());
        assertThat(LiveHop.identityAfterHop(other)).isEqualTo(s.destination());
        assertThat(writesOf(s))
                .filteredOn(write -> write.action().equals("UpdateAssumeRolePolicy"))
                .hasSize(2);
    }
}
