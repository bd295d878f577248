package io.rolewire.web.api;

import io.rolewire.apply.Side;
import io.rolewire.apply.StepOutcome;
import io.rolewire.apply.VerificationCheck;
import io.rolewire.runs.RunStatus;
import java.time.Instant;
import java.util.List;

/**
 * {@code GET /api/v1/runs/{id}/steps}: the steps of the run's latest apply and its latest
 * verification (null when it was never verified).
 *
 * @param running an apply of this run is under way
 * @param percent finished steps, 0 to 100
 */
record StepsResponse(
        long runId,
        RunStatus status,
        boolean running,
        long finishedSteps,
        int percent,
        List<Step> steps,
        VerificationResult verification) {

    /** One AWS write; {@code requestDocument} is a JSON value (text when not JSON), null without one. */
    record Step(
            int attempt,
            int position,
            String key,
            Side side,
            String accountId,
            String service,
            String action,
            String target,
            Object requestDocument,
            StepOutcome outcome,
            String requestId,
            int calls,
            long durationMillis,
            String errorCode,
            String message,
            Instant updatedAt) {}

    record VerificationResult(Instant at, String by, boolean verified, List<VerificationCheck> checks) {}
}
