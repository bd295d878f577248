package io.rolewire.runs.events;

/** A lifecycle transition with nothing to add to its actor and time. */
public record RetryStarted() implements RecordedEvent {

    public static final String KIND = "RETRY_STARTED";

    @Override
    public String kind() {
        return KIND;
    }
}
