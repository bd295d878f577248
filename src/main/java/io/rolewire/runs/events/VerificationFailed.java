package io.rolewire.runs.events;

/** A lifecycle transition with nothing to add to its actor and time. */
public record VerificationFailed() implements RecordedEvent {

    public static final String KIND = "VERIFICATION_FAILED";

    @Override
    public String kind() {
        return KIND;
    }
}
