package io.rolewire.runs.events;

/** An AWS call of a step failed with a retryable error and is made again after a backoff. */
public record StepRetried(
        int attempt,
        int position,
        String step,
        String account,
        String service,
        String action,
        String target,
        int failedCall,
        String errorCode,
        String requestId)
        implements RecordedEvent {

    public static final String KIND = "STEP_RETRIED";

    @Override
    public String kind() {
        return KIND;
    }
}
