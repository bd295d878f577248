package io.rolewire.runs;

import static io.rolewire.runs.LifecycleRules.event;
import static io.rolewire.runs.LifecycleRules.first;
import static io.rolewire.runs.LifecycleRules.refuseIf;

import io.rolewire.runs.events.Applied;
import io.rolewire.runs.events.ApplyFailed;
import io.rolewire.runs.events.ApplyStarted;
import io.rolewire.runs.events.RecordedEvent;
import io.rolewire.runs.events.RetryStarted;
import io.rolewire.runs.events.ReturnedToSubmitted;
import io.rolewire.runs.events.VerificationFailed;
import io.rolewire.runs.events.Verified;
import java.time.Instant;
import java.util.Optional;

/**
 * The apply half of the lifecycle. The executor in {@code apply} drives it; the guards live here so
 * that no caller can apply an unapproved run or one whose approval was given for another plan.
 */
final class ApplyRules {

    private ApplyRules() {}

    /**
     * By the requester or an admin, once approved for exactly this plan.
     *
     * @param currentPlanHash the plan as read again just before the apply
     */
    static Transition startApply(Run run, ActingUser by, String currentPlanHash, Instant at) {
        requireApplier(run, by, RunStatus.APPROVED);
        if (!currentPlanHash.equals(run.lifecycle().approvedPlanHash())) {
            refuseIf(run, Optional.of(Refusal.STALE_PLAN));
        }
        return event(run.next(RunStatus.APPLYING, run.lifecycle()), new ApplyStarted(currentPlanHash), by, at);
    }

    /** Who may start an apply, a retry or a re-verification, checked before anything is read from AWS. */
    static Optional<Refusal> applierRefusal(Run run, ActingUser by, RunStatus from) {
        return first(!by.isCreator(), run.status() != from, !run.requestedBy(by) && !by.isAdmin());
    }

    /**
     * Reading the live state appends an event to the run and calls AWS in both accounts: the same
     * people as an apply (the requester or an admin), in any state.
     */
    static Optional<Refusal> livePlanRefusal(Run run, ActingUser by) {
        return first(!by.isCreator(), false, !run.requestedBy(by) && !by.isAdmin());
    }

    /** A FAILED apply continues from where it stopped; same people as the first start. */
    static Transition retryApply(Run run, ActingUser by, Instant at) {
        requireApplier(run, by, RunStatus.FAILED);
        return event(run.next(RunStatus.APPLYING, run.lifecycle()), new RetryStarted(), by, at);
    }

    static Transition completeApply(Run run, ActingUser by, Instant at) {
        requireState(run, RunStatus.APPLYING);
        return event(run.next(RunStatus.APPLIED, run.lifecycle()), new Applied(), by, at);
    }

    static Transition failApply(Run run, ActingUser by, String failure, Instant at) {
        requireState(run, RunStatus.APPLYING);
        ApplyFailed event = new ApplyFailed(failure == null ? "" : failure);
        return event(run.next(RunStatus.FAILED, run.lifecycle()), event, by, at);
    }

    static Transition completeVerification(Run run, ActingUser by, boolean verified, Instant at) {
        requireState(run, RunStatus.APPLIED);
        return verification(run, by, verified, at);
    }

    /**
     * A later check of an applied run (drift shows up here): by the requester or an admin, from
     * VERIFIED or VERIFICATION_FAILED, and it may move the run between the two.
     */
    static Transition reverify(Run run, ActingUser by, boolean verified, Instant at) {
        refuseIf(run, reverifyRefusal(run, by));
        return verification(run, by, verified, at);
    }

    static Optional<Refusal> reverifyRefusal(Run run, ActingUser by) {
        boolean verifiedBefore = run.status() == RunStatus.VERIFIED || run.status() == RunStatus.VERIFICATION_FAILED;
        return first(!by.isCreator(), !verifiedBefore, !run.requestedBy(by) && !by.isAdmin());
    }

    private static Transition verification(Run run, ActingUser by, boolean verified, Instant at) {
        RunStatus status = verified ? RunStatus.VERIFIED : RunStatus.VERIFICATION_FAILED;
        RecordedEvent event = verified ? new Verified() : new VerificationFailed();
        return event(run.next(status, run.lifecycle()), event, by, at);
    }

    static Transition returnToSubmitted(Run run, ActingUser by, String reason, Instant at) {
        if (run.status() != RunStatus.APPROVED && run.status() != RunStatus.APPLYING) {
            refuseIf(run, Optional.of(Refusal.NOT_ALLOWED_IN_STATE));
        }
        Run next = run.next(RunStatus.SUBMITTED, run.lifecycle().withoutApproval());
        return event(next, new ReturnedToSubmitted(reason == null ? "" : reason), by, at);
    }

    private static void requireApplier(Run run, ActingUser by, RunStatus from) {
        refuseIf(run, applierRefusal(run, by, from));
    }

    private static void requireState(Run run, RunStatus expected) {
        if (run.status() != expected) {
            refuseIf(run, Optional.of(Refusal.NOT_ALLOWED_IN_STATE));
        }
    }
}
