package io.rolewire.apply;

import java.time.Instant;

/**
 * One AWS write of an apply (DESIGN.md "step"), as recorded.
 *
 * @param attempt which apply of the run (1 for the first, 2 for the first retry...)
 * @param action the AWS API action ({@code CreateRole}, {@code UpdateAssumeRolePolicy}...)
 * @param target the ARN (or name, when the ARN is not known yet) of what the step writes
 * @param requestDocument the document sent, null for calls without one
 * @param requestId AWS's request id of the last call, null when no call was made
 * @param calls how many times the call was made (retries included)
 * @param errorCode AWS's error code when it failed
 */
public record ApplyStep(
        int attempt,
        int position,
        String key,
        Side side,
        String accountId,
        String service,
        String action,
        String target,
        String requestDocument,
        StepOutcome outcome,
        String requestId,
        int calls,
        long durationMillis,
        String errorCode,
        String message,
        Instant updatedAt) {}
