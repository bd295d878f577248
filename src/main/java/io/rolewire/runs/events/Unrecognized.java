package io.rolewire.runs.events;

/**
 * A stored event this version cannot read: an unknown kind, or a detail that is not the kind's
 * JSON. Kept (the record is never dropped) and reported by the integrity check.
 */
public record Unrecognized(String storedKind, String problem) implements RecordedEvent {

    @Override
    public String kind() {
        return storedKind;
    }
}
