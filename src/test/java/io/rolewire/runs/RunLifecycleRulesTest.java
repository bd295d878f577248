package io.rolewire.runs;

import static io.rolewire.runs.LifecycleFixtures.ADMIN;
import static io.rolewire.runs.LifecycleFixtures.ADMIN2;
import static io.rolewire.runs.LifecycleFixtures.NOW;
import static io.rolewire.runs.LifecycleFixtures.OPERATOR;
import static io.rolewire.runs.LifecycleFixtures.OPERATOR2;
import static io.rolewire.runs.LifecycleFixtures.REVIEWER;
import static io.rolewire.runs.LifecycleFixtures.draftBy;
import static io.rolewire.runs.LifecycleFixtures.inState;
import static io.rolewire.runs.LifecycleFixtures.withErrorFinding;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.runs.events.Approved;
import io.rolewire.runs.events.Rejected;
import io.rolewire.runs.events.Submitted;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Submit, approve, reject and cancel: who may, in which state, with what. */
class RunLifecycleRulesTest {

    @Test
    void theRequesterSubmitsTheirDraft() {
        Transition submitted = draftBy(OPERATOR).submit(OPERATOR, NOW);

        assertThat(submitted.run().status()).isEqualTo(RunStatus.SUBMITTED);
        assertThat(submitted.run().lifecycle().submitted()).isEqualTo(new Stamp("operator", NOW));
        assertThat(submitted.event()).isEqualTo(new RunTransitioned(7, "operator", NOW, new Submitted()));
    }

    @Test
    void anAdminSubmitsTheirOwnDraftToo() {
        assertThat(draftBy(ADMIN).submit(ADMIN, NOW).run().status()).isEqualTo(RunStatus.SUBMITTED);
    }

    @Test
    void aReviewerCannotSubmit() {
        Run draft = draftBy(REVIEWER);
        refused(() -> draft.submit(REVIEWER, NOW), Refusal.WRONG_ROLE);
    }

    @Test
    void nobodySubmitsSomeoneElsesDraft() {
        refused(() -> draftBy(OPERATOR).submit(OPERATOR2, NOW), Refusal.NOT_REQUESTER);
        refused(() -> draftBy(OPERATOR).submit(ADMIN, NOW), Refusal.NOT_REQUESTER);
    }

    @Test
    void submitIsRefusedWhileAnErrorFindingExists() {
        refused(() -> withErrorFinding(draftBy(OPERATOR)).submit(OPERATOR, NOW), Refusal.ERROR_FINDINGS);
    }

    @Test
    void anotherAdminApprovesWithThePlanHashTheySaw() {
        Run submitted = inState(RunStatus.SUBMITTED, OPERATOR);

        Transition approved = submitted.approve(ADMIN, submitted.planHash(), NOW);

        assertThat(approved.run().status()).isEqualTo(RunStatus.APPROVED);
        assertThat(approved.run().lifecycle().approved()).isEqualTo(new Stamp("admin", NOW));
        assertThat(approved.run().lifecycle().approvedPlanHash()).isEqualTo(submitted.planHash());
        assertThat(approved.event().type()).isEqualTo("APPROVED");
        assertThat(approved.event().event()).isEqualTo(new Approved(submitted.planHash()));
    }

    @Test
    void selfApprovalIsRefused() {
        Run submitted = inState(RunStatus.SUBMITTED, ADMIN);
        refused(() -> submitted.approve(ADMIN, submitted.planHash(), NOW), Refusal.SELF_APPROVAL);
        refused(() -> submitted.reject(ADMIN, "mine", NOW), Refusal.SELF_APPROVAL);
        assertThat(submitted.approve(ADMIN2, submitted.planHash(), NOW).run().status())
                .isEqualTo(RunStatus.APPROVED);
    }

    @Test
    void reviewersAndOperatorsCannotApproveOrReject() {
        Run submitted = inState(RunStatus.SUBMITTED, OPERATOR);
        for (ActingUser user : new ActingUser[] {REVIEWER, OPERATOR, OPERATOR2}) {
            refused(() -> submitted.approve(user, submitted.planHash(), NOW), Refusal.WRONG_ROLE);
            refused(() -> submitted.reject(user, "no", NOW), Refusal.WRONG_ROLE);
        }
    }

    @Test
    void anApprovalForAnotherPlanIsRefusedAsStale() {
        Run submitted = inState(RunStatus.SUBMITTED, OPERATOR);
        refused(() -> submitted.approve(ADMIN, "0".repeat(64), NOW), Refusal.STALE_PLAN);
        refused(() -> submitted.approve(ADMIN, null, NOW), Refusal.STALE_PLAN);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n"})
    void aRejectionNeedsAReason(String reason) {
        Run submitted = inState(RunStatus.SUBMITTED, OPERATOR);
        refused(() -> submitted.reject(ADMIN, reason, NOW), Refusal.REASON_REQUIRED);
        refused(() -> submitted.reject(ADMIN, null, NOW), Refusal.REASON_REQUIRED);
    }

    @Test
    void aReasonHasAtMostAThousandCharacters() {
        Run submitted = inState(RunStatus.SUBMITTED, OPERATOR);
        refused(() -> submitted.reject(ADMIN, "x".repeat(1001), NOW), Refusal.REASON_REQUIRED);

        Transition rejected = submitted.reject(ADMIN, " " + "x".repeat(1000) + " ", NOW);

        assertThat(rejected.run().status()).isEqualTo(RunStatus.REJECTED);
        assertThat(rejected.run().lifecycle().rejectionReason()).isEqualTo("x".repeat(1000));
        assertThat(rejected.run().lifecycle().rejected()).isEqualTo(new Stamp("admin", NOW));
        assertThat(rejected.event().event()).isEqualTo(new Rejected("x".repeat(1000)));
    }

    @Test
    void theRequesterCancelsBeforeApproval() {
        assertThat(draftBy(OPERATOR).cancel(OPERATOR, NOW).run().status()).isEqualTo(RunStatus.CANCELLED);
        Transition cancelled = inState(RunStatus.SUBMITTED, OPERATOR).cancel(OPERATOR, NOW);
        assertThat(cancelled.run().status()).isEqualTo(RunStatus.CANCELLED);
        assertThat(cancelled.run().lifecycle().cancelled()).isEqualTo(new Stamp("operator", NOW));
        assertThat(cancelled.event().type()).isEqualTo("CANCELLED");
    }

    @Test
    void nobodyElseCancels() {
        Run submitted = inState(RunStatus.SUBMITTED, OPERATOR);
        refused(() -> submitted.cancel(OPERATOR2, NOW), Refusal.NOT_REQUESTER);
        refused(() -> submitted.cancel(ADMIN, NOW), Refusal.NOT_REQUESTER);
        refused(() -> submitted.cancel(REVIEWER, NOW), Refusal.WRONG_ROLE);
        refused(() -> inState(RunStatus.APPROVED, OPERATOR).cancel(OPERATOR, NOW), Refusal.NOT_ALLOWED_IN_STATE);
    }

    @Test
    void theRunOffersEachUserExactlyTheActionsTheRulesAllow() {
        Run draft = draftBy(OPERATOR);
        Run submitted = inState(RunStatus.SUBMITTED, OPERATOR);

        assertThat(draft.allowedActions(OPERATOR)).containsExactlyInAnyOrder(RunAction.SUBMIT, RunAction.CANCEL);
        assertThat(draft.allowedActions(ADMIN)).isEmpty();
        assertThat(submitted.allowedActions(OPERATOR)).containsExactly(RunAction.CANCEL);
        assertThat(submitted.allowedActions(ADMIN)).containsExactlyInAnyOrder(RunAction.APPROVE, RunAction.REJECT);
        assertThat(submitted.allowedActions(REVIEWER)).isEmpty();
        assertThat(submitted.allowedActions(OPERATOR2)).isEmpty();
        assertThat(inState(RunStatus.SUBMITTED, ADMIN).allowedActions(ADMIN)).containsExactly(RunAction.CANCEL);
        assertThat(inState(RunStatus.APPROVED, OPERATOR).allowedActions(OPERATOR))
                .isEmpty();
    }

    static void refused(ThrowingCallable transition, Refusal reason) {
        assertThatThrownBy(transition)
                .isInstanceOfSatisfying(
                        TransitionRefused.class,
                        refusal -> assertThat(refusal.reason()).isEqualTo(reason));
    }
}
