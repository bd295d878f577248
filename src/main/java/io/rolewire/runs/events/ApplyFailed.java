package io.rolewire.runs.events;

/** A lifecycle transition with the reason given for it. */
public record ApplyFailed(String failure) implements RecordedEvent {

    public static final String KIND = "APPLY_FAILED";

    @Override
    public String kind() {
        return KIND;
    }
}
