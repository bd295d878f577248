package io.rolewire.runs;

import static io.rolewire.runs.LifecycleFixtures.ADMIN;
import static io.rolewire.runs.LifecycleFixtures.ADMIN2;
import static io.rolewire.runs.LifecycleFixtures.NOW;
import static io.rolewire.runs.LifecycleFixtures.OPERATOR;
import static io.rolewire.runs.LifecycleFixtures.OPERATOR2;
import static io.rolewire.runs.LifecycleFixtures.REVIEWER;
import static io.rolewire.runs.LifecycleFixtures.inState;
import static io.rolewire.runs.RunLifecycleRulesTest.refused;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.events.ApplyFailed;
import io.rolewire.runs.events.ReturnedToSubmitted;
import org.junit.jupiter.api.Test;

/** The guards the apply executor will go through. */
class RunApplyRulesTest {

    @Test
    void applyBeforeApprovalIsRefused() {
        refused(() -> inState(RunStatus.DRAFT, OPERATOR).startApply(OPERATOR, NOW), Refusal.NOT_ALLOWED_IN_STATE);
        refused(() -> inState(RunStatus.SUBMITTED, OPERATOR).startApply(OPERATOR, NOW), Refusal.NOT_ALLOWED_IN_STATE);
        refused(() -> inState(RunStatus.REJECTED, OPERATOR).startApply(ADMIN, NOW), Refusal.NOT_ALLOWED_IN_STATE);
    }

    @Test
    void theRequesterOrAnyAdminStartsTheApplyOfAnApprovedRun() {
        Run approved = inState(RunStatus.APPROVED, OPERATOR);

        Transition started = approved.startApply(OPERATOR, NOW);

        assertThat(started.run().status()).isEqualTo(RunStatus.APPLYING);
        assertThat(started.event().type()).isEqualTo("APPLY_STARTED");
        assertThat(approved.startApply(ADMIN2, NOW).run().status()).isEqualTo(RunStatus.APPLYING);
    }

    @Test
    void otherOperatorsAndReviewersCannotStartTheApply() {
        Run approved = inState(RunStatus.APPROVED, OPERATOR);
        refused(() -> approved.startApply(OPERATOR2, NOW), Refusal.NOT_REQUESTER);
        refused(() -> approved.startApply(REVIEWER, NOW), Refusal.WRONG_ROLE);
    }

    @Test
    void anApprovalOfAnotherPlanDoesNotLetTheApplyStart() {
        Run approved = inState(RunStatus.APPROVED, OPERATOR);
        Run otherPlan = approved.next(
                RunStatus.APPROVED,
                approved.lifecycle().withApproved(approved.lifecycle().approved(), "f".repeat(64), false));

        refused(() -> otherPlan.startApply(OPERATOR, NOW), Refusal.STALE_PLAN);
    }

    @Test
    void anApplyEndsAppliedThenVerifiedOrNot() {
        Run applied = inState(RunStatus.APPLYING, OPERATOR)
                .completeApply(OPERATOR, NOW)
                .run();
        assertThat(applied.status()).isEqualTo(RunStatus.APPLIED);

        Transition verified = applied.completeVerification(OPERATOR, true, NOW);
        assertThat(verified.run().status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(verified.event().type()).isEqualTo("VERIFIED");
        Transition failed = applied.completeVerification(OPERATOR, false, NOW);
        assertThat(failed.run().status()).isEqualTo(RunStatus.VERIFICATION_FAILED);
        assertThat(failed.event().type()).isEqualTo("VERIFICATION_FAILED");
    }

    @Test
    void aFailedApplyIsRetriedByTheRequesterOrAnAdmin() {
        Transition failed = inState(RunStatus.APPLYING, OPERATOR).failApply(OPERATOR, "step 3: AccessDenied", NOW);
        assertThat(failed.run().status()).isEqualTo(RunStatus.FAILED);
        assertThat(failed.event().event()).isEqualTo(new ApplyFailed("step 3: AccessDenied"));

        Transition retried = failed.run().retryApply(OPERATOR, NOW);
        assertThat(retried.run().status()).isEqualTo(RunStatus.APPLYING);
        assertThat(retried.event().type()).isEqualTo("RETRY_STARTED");
        assertThat(failed.run().retryApply(ADMIN, NOW).run().status()).isEqualTo(RunStatus.APPLYING);
        refused(() -> failed.run().retryApply(OPERATOR2, NOW), Refusal.NOT_REQUESTER);
    }

    @Test
    void aChangedPlanSendsTheRunBackForANewApproval() {
        for (RunStatus from : new RunStatus[] {RunStatus.APPROVED, RunStatus.APPLYING}) {
            Transition back = inState(from, OPERATOR).returnToSubmitted(OPERATOR, "plan changed", NOW);

            assertThat(back.run().status()).isEqualTo(RunStatus.SUBMITTED);
            assertThat(back.run().lifecycle().approved()).isNull();
            assertThat(back.run().lifecycle().approvedPlanHash()).isNull();
            assertThat(back.event().type()).isEqualTo("RETURNED_TO_SUBMITTED");
            assertThat(back.event().event()).isEqualTo(new ReturnedToSubmitted("plan changed"));
            refused(() -> back.run().startApply(OPERATOR, NOW), Refusal.NOT_ALLOWED_IN_STATE);
        }
    }
}
