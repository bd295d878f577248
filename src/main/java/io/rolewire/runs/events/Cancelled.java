package io.rolewire.runs.events;

/** A lifecycle transition with nothing to add to its actor and time. */
public record Cancelled() implements RecordedEvent {

    public static final String KIND = "CANCELLED";

    @Override
    public String kind() {
        return KIND;
    }
}
