package io.rolewire.runs.events;

/** A lifecycle transition with the reason given for it. */
public record Rejected(String reason) implements RecordedEvent {

    public static final String KIND = "REJECTED";

    @Override
    public String kind() {
        return KIND;
    }
}
