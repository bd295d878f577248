package io.rolewire.runs;

import static io.rolewire.runs.RunStatus.DRAFT;
import static io.rolewire.runs.RunStatus.SUBMITTED;

import io.rolewire.runs.events.Approved;
import io.rolewire.runs.events.Cancelled;
import io.rolewire.runs.events.RecordedEvent;
import io.rolewire.runs.events.Rejected;
import io.rolewire.runs.events.Submitted;
import io.rolewire.wiring.Severity;
import java.time.Instant;
import java.util.Optional;

/**
 * The approval half of the lifecycle (DESIGN.md "Run lifecycle"): submit, approve, reject, cancel.
 * Checks go role, state, person, then content, so the answer names the first thing that is wrong
 * for this user rather than a detail they could not change anyway.
 */
final class LifecycleRules {

    static final int MAX_REASON = 1000;

    private LifecycleRules() {}

    static Transition submit(Run run, ActingUser by, Instant at) {
        refuseIf(run, refusal(run, by, RunAction.SUBMIT));
        if (run.findings().stream().anyMatch(f -> f.severity() == Severity.ERROR)) {
            refuseIf(run, Optional.of(Refusal.ERROR_FINDINGS));
        }
        refuseIf(run, accessEnded(run, at));
        Run next = run.next(SUBMITTED, run.lifecycle().withSubmitted(new Stamp(by.username(), at)));
        return event(next, new Submitted(), by, at);
    }

    /**
     * @param currentPlanHash the hash of the plan as it stands now (the documents plus the live state
     *     they were compared with); the approver must have seen exactly that one
     */
    /**
     * @param unwireAtExpiry the un-wire at the run's end of access is approved too; kept only for a
     *     run that has an end (nothing to approve otherwise)
     */
    static Transition approve(
            Run run, ActingUser by, String seenPlanHash, String currentPlanHash, boolean unwireAtExpiry, Instant at) {
        refuseIf(run, refusal(run, by, RunAction.APPROVE));
        if (!currentPlanHash.equals(seenPlanHash)) {
            refuseIf(run, Optional.of(Refusal.STALE_PLAN));
        }
        refuseIf(run, accessEnded(run, at));
        boolean inAdvance = unwireAtExpiry && run.accessUntil().isPresent();
        Lifecycle approved = run.lifecycle().withApproved(new Stamp(by.username(), at), currentPlanHash, inAdvance);
        Run next = run.next(RunStatus.APPROVED, approved);
        return event(next, new Approved(currentPlanHash, inAdvance), by, at);
    }

    static Transition reject(Run run, ActingUser by, String reason, Instant at) {
        refuseIf(run, refusal(run, by, RunAction.REJECT));
        String text = reason == null ? "" : reason.strip();
        if (text.isEmpty() || text.length() > MAX_REASON) {
            refuseIf(run, Optional.of(Refusal.REASON_REQUIRED));
        }
        Run next = run.next(RunStatus.REJECTED, run.lifecycle().withRejected(new Stamp(by.username(), at), text));
        return event(next, new Rejected(text), by, at);
    }

    static Transition cancel(Run run, ActingUser by, Instant at) {
        refuseIf(run, refusal(run, by, RunAction.CANCEL));
        Run next = run.next(RunStatus.CANCELLED, run.lifecycle().withCancelled(new Stamp(by.username(), at)));
        return event(next, new Cancelled(), by, at);
    }

    /**
     * A wiring whose end of access has passed is not sent on or approved: AWS would refuse the assume
     * it wires. (The input checks keep new ends 15 minutes ahead; this is a draft that waited.)
     */
    static Optional<Refusal> accessEnded(Run run, Instant at) {
        return run.accessUntil().filter(end -> !end.isAfter(at)).map(end -> Refusal.ACCESS_ENDED);
    }

    /** Who may start which action in which state; content checks (hash, reason) come after. */
    static Optional<Refusal> refusal(Run run, ActingUser by, RunAction action) {
        return switch (action) {
            case SUBMIT -> first(!by.isCreator(), run.status() != DRAFT, !run.requestedBy(by));
            case APPROVE, REJECT ->
                first(!by.isAdmin(), run.status() != SUBMITTED, run.requestedBy(by))
                        .map(r -> r == Refusal.NOT_REQUESTER ? Refusal.SELF_APPROVAL : r);
            case CANCEL ->
                first(!by.isCreator(), run.status() != DRAFT && run.status() != SUBMITTED, !run.requestedBy(by));
        };
    }

    /** Role, then state, then person (reported as NOT_REQUESTER): the first that fails. */
    static Optional<Refusal> first(boolean wrongRole, boolean wrongState, boolean person) {
        if (wrongRole) {
            return Optional.of(Refusal.WRONG_ROLE);
        }
        if (wrongState) {
            return Optional.of(Refusal.NOT_ALLOWED_IN_STATE);
        }
        return person ? Optional.of(Refusal.NOT_REQUESTER) : Optional.empty();
    }

    static void refuseIf(Run run, Optional<Refusal> refusal) {
        refusal.ifPresent(reason -> {
            throw new TransitionRefused(reason, run.id(), run.status());
        });
    }

    static Transition event(Run next, RecordedEvent event, ActingUser by, Instant at) {
        return new Transition(next, new RunTransitioned(next.id(), by.username(), at, event));
    }
}
