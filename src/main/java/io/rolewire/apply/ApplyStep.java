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
        Instant updatedAt) {

    /** A step as planned, before anything ran. */
    public static ApplyStep pending(
            int attempt,
            int position,
            String key,
            Side side,
            String accountId,
            String service,
            String action,
            String target,
            Instant at) {
        return new ApplyStep(
                attempt,
                position,
                key,
                side,
                accountId,
                service,
                action,
                target,
                null,
                StepOutcome.PENDING,
                null,
                0,
                0,
                null,
                null,
                at);
    }

    /** This step with another outcome and what came with it; identity, call and target stay. */
    public ApplyStep with(
            StepOutcome newOutcome,
            String newRequestId,
            int newCalls,
            long newDurationMillis,
            String newErrorCode,
            String newMessage,
            String document,
            Instant at) {
        return new ApplyStep(
                attempt,
                position,
                key,
                side,
                accountId,
                service,
                action,
                target,
                document,
                newOutcome,
                newRequestId,
                newCalls,
                newDurationMillis,
                newErrorCode,
                newMessage,
                at);
    }

    /** This step naming what it wrote (the ARN AWS answered with). */
    public ApplyStep withTarget(String newTarget) {
        return new ApplyStep(
                attempt,
                position,
                key,
                side,
                accountId,
                service,
                action,
                newTarget == null ? target : newTarget,
                requestDocument,
                outcome,
                requestId,
                calls,
                durationMillis,
                errorCode,
                message,
                updatedAt);
    }
}
