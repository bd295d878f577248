package io.rolewire.runs.internal;

import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.AccessEnding;
import io.rolewire.runs.AccessEnds;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.Runs;
import io.rolewire.testsupport.MovableClock;
import io.rolewire.wiring.Unwiring;
import io.rolewire.wiring.WiringInput;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/** Verified runs by the end of their access: within the window or ended, soonest first, nothing else. */
@PersistenceSlice
class JdbcAccessEndsTest {

    static final Instant NOW = Instant.parse("2031-03-01T12:00:00Z");
    static final ActingUser OPERATOR = ActingUser.of("operator", ActingUser.OPERATOR);
    static final ActingUser ADMIN = ActingUser.of("admin", ActingUser.ADMIN);

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        MovableClock steppingClock() {
            return new MovableClock(NOW);
        }
    }

    @Autowired
    MovableClock clock;

    @Autowired
    Runs runs;

    @Autowired
    RunLifecycle lifecycle;

    @Autowired
    AccessEnds accessEnds;

    @AfterEach
    void backToNow() {
        clock.set(NOW);
    }

    private long verified(Instant accessUntil, boolean unwireInAdvance) {
        return applied(accessUntil, unwireInAdvance, true);
    }

    private long applied(Instant accessUntil, boolean unwireInAdvance, boolean verified) {
        Run run = inState(accessUntil);
        lifecycle.submit(run.id(), OPERATOR);
        lifecycle.approve(run.id(), ADMIN, run.planHash(), null, unwireInAdvance);
        lifecycle.startApply(run.id(), OPERATOR);
        lifecycle.completeApply(run.id(), OPERATOR);
        lifecycle.completeVerification(run.id(), OPERATOR, verified);
        return run.id();
    }

    private Run inState(Instant accessUntil) {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader")
                .withAccessUntil(accessUntil);
        return runs.createDraft(input, previewFor(input), new Actor("operator"));
    }

    @Test
    void endedAndSoonEndingVerifiedRunsSoonestFirstWithTheirUnwireApproval() {
        clock.set(NOW.minus(Duration.ofDays(1)));
        long ended = applied(NOW.minus(Duration.ofHours(1)), false, false);
        clock.set(NOW);
        long inThreeDays = verified(NOW.plus(Duration.ofDays(3)), true);
        long inTenDays = verified(NOW.plus(Duration.ofDays(10)), false);
        long noEnd = verified(null, false);
        long draftEndingSoon = inState(NOW.plus(Duration.ofDays(1))).id();

        List<AccessEnding> listed = accessEnds.endingWithin(Duration.ofDays(7), 20).stream()
                .filter(e -> List.of(inThreeDays, ended, inTenDays, noEnd, draftEndingSoon)
                        .contains(e.runId()))
                .toList();

        assertThat(listed)
                .extracting(AccessEnding::runId, AccessEnding::ended, AccessEnding::unwireApprovedInAdvance)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ended, true, false),
                        org.assertj.core.groups.Tuple.tuple(inThreeDays, false, true));
        assertThat(listed.get(1).accessUntil()).isEqualTo(NOW.plus(Duration.ofDays(3)));
        assertThat(listed.get(1).destinationRoleName()).isEqualTo("reporting-reader");
    }

    @Test
    void theExpiryWatchFindsEndedWiringsOnceUntilAnUnwireOfThemExists() {
        clock.set(NOW.minus(Duration.ofDays(1)));
        long ended = verified(NOW.minus(Duration.ofHours(1)), false);
        long endedFailing = applied(NOW.minus(Duration.ofMinutes(30)), true, false);
        long endsLater = verified(NOW.plus(Duration.ofHours(1)), false);
        clock.set(NOW);

        List<Long> due = accessEnds.endedWithoutUnwire(NOW, 20).stream()
                .filter(id -> List.of(ended, endedFailing, endsLater).contains(id))
                .toList();
        assertThat(due).containsExactly(ended, endedFailing);

        Run wiring = runs.find(ended).orElseThrow();
        runs.createUnwire(wiring, new Unwiring(ended, List.of(), false, false, null).toDocument(), OPERATOR);
        assertThat(accessEnds.endedWithoutUnwire(NOW, 20))
                .contains(endedFailing)
                .doesNotContain(ended, endsLater);
        assertThat(accessEnds.endedWithoutUnwire(NOW.plus(Duration.ofHours(2)), 20))
                .contains(endsLater)
                .doesNotContain(ended);
    }
}
