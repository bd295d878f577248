package io.rolewire.runs.events;

/** The apply started for the plan read again just before it (equal to the approved one). */
public record ApplyStarted(String planHash) implements RecordedEvent {

    public static final String KIND = "APPLY_STARTED";

    @Override
    public String kind() {
        return KIND;
    }
}
