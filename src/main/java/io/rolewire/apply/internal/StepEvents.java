package io.rolewire.apply.internal;

import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.Verification;
import io.rolewire.audit.EventLog;
import io.rolewire.runs.events.ApplyLeaseLost;
import io.rolewire.runs.events.ApplyResumed;
import io.rolewire.runs.events.DriftCleared;
import io.rolewire.runs.events.DriftFound;
import io.rolewire.runs.events.LivePlanRead;
import io.rolewire.runs.events.StepFinished;
import io.rolewire.runs.events.StepRetried;
import io.rolewire.runs.events.VerificationChecked;
import java.time.Instant;
import java.util.Map;

/**
 * Appends what the apply did to the run's event log, as typed events: each step's outcome (with the
 * AWS request id and, for writes, the exact document sent), each retry, each verification with its
 * evidence.
 */
class StepEvents {

    static final String STEP_DONE = StepFinished.DONE;
    static final String STEP_SKIPPED = StepFinished.SKIPPED;
    static final String STEP_FAILED = StepFinished.FAILED;

    private final EventLog log;

    StepEvents(EventLog log) {
        this.log = log;
    }

    /** @param type the event kind the outcome stands for ({@code STEP_} + outcome) */
    void finished(long runId, String type, ApplyStep step, String actor) {
        StepFinished event = new StepFinished(
                step.outcome().name(),
                step.attempt(),
                step.position(),
                step.key(),
                step.accountId(),
                step.service(),
                step.action(),
                step.target(),
                step.requestId(),
                step.calls(),
                step.durationMillis(),
                step.errorCode(),
                step.message(),
                step.requestDocument());
        if (!event.kind().equals(type)) {
            throw new IllegalArgumentException(type + " does not match the step's outcome " + step.outcome());
        }
        log.append(runId, event, actor, step.updatedAt());
    }

    /** @param call the call that failed and is about to be made again (1 for the first call) */
    void retried(long runId, ApplyStep step, int call, String errorCode, String requestId, String actor, Instant at) {
        StepRetried event = new StepRetried(
                step.attempt(),
                step.position(),
                step.key(),
                step.accountId(),
                step.service(),
                step.action(),
                step.target(),
                call,
                errorCode,
                requestId);
        log.append(runId, event, actor, at);
    }

    /** Another instance's apply goes on here (ADR 013). */
    void resumed(long runId, ApplyResumed event, String actor, Instant at) {
        log.append(runId, event, actor, at);
    }

    /** This instance stopped an apply before a write: it no longer held the lease. */
    void leaseLost(long runId, ApplyStep step, String instance, String actor, Instant at) {
        log.append(runId, new ApplyLeaseLost(step.attempt(), instance, step.position(), step.key()), actor, at);
    }

    void planRead(long runId, String planHash, Map<String, String> accounts, String actor, Instant at) {
        log.append(runId, new LivePlanRead(planHash, accounts), actor, at);
    }

    void verified(Verification verification) {
        VerificationChecked event = new VerificationChecked(
                verification.verified(),
                verification.checks().stream()
                        .map(c -> new VerificationChecked.Check(c.name(), c.passed(), c.evidence(), c.requestId()))
                        .toList());
        log.append(verification.runId(), event, verification.by(), verification.at());
    }

    /** The drift watch found the run no longer as it left it (recorded in the application's name). */
    void driftFound(long runId, DriftFound event, Instant at) {
        log.append(runId, event, Requester.SYSTEM.username(), at);
    }

    void driftCleared(long runId, DriftCleared event, Instant at) {
        log.append(runId, event, Requester.SYSTEM.username(), at);
    }
}
