package io.rolewire.runs.events;

/** A lifecycle transition with nothing to add to its actor and time. */
public record Applied() implements RecordedEvent {

    public static final String KIND = "APPLIED";

    @Override
    public String kind() {
        return KIND;
    }
}
