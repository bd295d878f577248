package io.rolewire.runs;

import static io.rolewire.runs.LifecycleFixtures.ADMIN;
import static io.rolewire.runs.LifecycleFixtures.NOW;
import static io.rolewire.runs.LifecycleFixtures.OPERATOR;
import static io.rolewire.runs.LifecycleFixtures.draftBy;
import static io.rolewire.runs.RunLifecycleRulesTest.refused;
import static io.rolewire.testsupport.RunsWithAccessUntil.withAccessUntil;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A draft that waited past its end of access is neither submitted nor approved (ADR 019). */
class AccessEndedRulesTest {

    private static Run endingAt(Run run, Instant end) {
        return withAccessUntil(run, end);
    }

    @Test
    void aDraftWhoseEndHasPassedIsNotSubmitted() {
        refused(() -> endingAt(draftBy(OPERATOR), NOW).submit(OPERATOR, NOW), Refusal.ACCESS_ENDED);
    }

    @Test
    void aSubmittedRunWhoseEndPassedSinceIsNotApproved() {
        Run submitted = endingAt(draftBy(OPERATOR), NOW.plus(Duration.ofMinutes(5)))
                .submit(OPERATOR, NOW)
                .run();

        Instant later = NOW.plus(Duration.ofMinutes(5));
        refused(() -> submitted.approve(ADMIN, submitted.planHash(), true, later), Refusal.ACCESS_ENDED);
        assertThat(submitted
                        .approve(ADMIN, submitted.planHash(), true, later.minusSeconds(1))
                        .run()
                        .unwireApprovedInAdvance())
                .isTrue();
    }
}
