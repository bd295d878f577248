package io.rolewire.runs;

import io.rolewire.runs.events.Applied;
import io.rolewire.runs.events.ApplyFailed;
import io.rolewire.runs.events.ApplyStarted;
import io.rolewire.runs.events.Approved;
import io.rolewire.runs.events.Cancelled;
import io.rolewire.runs.events.Created;
import io.rolewire.runs.events.RecordedEvent;
import io.rolewire.runs.events.Rejected;
import io.rolewire.runs.events.RetryStarted;
import io.rolewire.runs.events.ReturnedToSubmitted;
import io.rolewire.runs.events.Submitted;
import io.rolewire.runs.events.VerificationFailed;
import io.rolewire.runs.events.Verified;
import java.time.Instant;

/**
 * The state a run's recorded transitions lead to, event by event: what its stored status and
 * lifecycle columns must say if nobody changed them outside Rolewire. Events that are not
 * transitions (steps, live plans, verification evidence) leave the state as it is.
 */
public final class LifecycleReplay {

    private LifecycleReplay() {}

    public static RunState next(RunState state, RecordedEvent event, String actor, Instant at) {
        Lifecycle l = state.lifecycle();
        Stamp stamp = new Stamp(actor, at);
        if (event instanceof Created) {
            return RunState.CREATED;
        } else if (event instanceof Submitted) {
            return new RunState(RunStatus.SUBMITTED, l.withSubmitted(stamp));
        } else if (event instanceof Approved approved) {
            return new RunState(
                    RunStatus.APPROVED, l.withApproved(stamp, approved.planHash(), approved.unwireAtExpiry()));
        } else if (event instanceof Rejected rejected) {
            return new RunState(RunStatus.REJECTED, l.withRejected(stamp, rejected.reason()));
        } else if (event instanceof Cancelled) {
            return new RunState(RunStatus.CANCELLED, l.withCancelled(stamp));
        } else if (event instanceof ReturnedToSubmitted) {
            return new RunState(RunStatus.SUBMITTED, l.withoutApproval());
        }
        RunStatus status = statusAfterApplyEvent(event);
        return status == null ? state : new RunState(status, l);
    }

    private static RunStatus statusAfterApplyEvent(RecordedEvent event) {
        if (event instanceof ApplyStarted || event instanceof RetryStarted) {
            return RunStatus.APPLYING;
        } else if (event instanceof Applied) {
            return RunStatus.APPLIED;
        } else if (event instanceof ApplyFailed) {
            return RunStatus.FAILED;
        } else if (event instanceof Verified) {
            return RunStatus.VERIFIED;
        } else if (event instanceof VerificationFailed) {
            return RunStatus.VERIFICATION_FAILED;
        }
        return null;
    }
}
