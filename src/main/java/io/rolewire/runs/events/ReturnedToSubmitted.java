package io.rolewire.runs.events;

/** A lifecycle transition with the reason given for it. */
public record ReturnedToSubmitted(String reason) implements RecordedEvent {

    public static final String KIND = "RETURNED_TO_SUBMITTED";

    @Override
    public String kind() {
        return KIND;
    }
}
