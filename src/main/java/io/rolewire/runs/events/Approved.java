package io.rolewire.runs.events;

/** An admin approved the run for exactly this plan hash (documents plus the live state read). */
public record Approved(String planHash) implements RecordedEvent {

    public static final String KIND = "APPROVED";

    @Override
    public String kind() {
        return KIND;
    }
}
