package io.rolewire.runs.events;

/** A lifecycle transition with nothing to add to its actor and time. */
public record Verified() implements RecordedEvent {

    public static final String KIND = "VERIFIED";

    @Override
    public String kind() {
        return KIND;
    }
}
