package io.rolewire.runs.events;

/** A lifecycle transition with nothing to add to its actor and time. */
public record Submitted() implements RecordedEvent {

    public static final String KIND = "SUBMITTED";

    @Override
    public String kind() {
        return KIND;
    }
}
