package io.rolewire.runs.events;

/**
 * One AWS step of an apply ended: done, skipped (already in place) or failed, with the AWS request
 * id and, for a write, the exact document sent.
 *
 * @param outcome {@code DONE}, {@code SKIPPED} or {@code FAILED}; the event's kind is {@code STEP_} + outcome
 */
public record StepFinished(
        String outcome,
        int attempt,
        int position,
        String step,
        String account,
        String service,
        String action,
        String target,
        String requestId,
        int calls,
        long durationMs,
        String errorCode,
        String message,
        String requestDocument)
        implements RecordedEvent {

    public static final String DONE = "STEP_DONE";
    public static final String SKIPPED = "STEP_SKIPPED";
    public static final String FAILED = "STEP_FAILED";

    @Override
    public String kind() {
        return "STEP_" + outcome;
    }
}
