package io.rolewire.runs.events;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An admin approved the run for exactly this plan hash (documents plus the live state read).
 *
 * @param unwireAtExpiry the admin also approved, in advance, the un-wire Rolewire creates at the
 *     run's end of access (ADR 019). Left out of the stored detail when false, so an approval
 *     without it is recorded byte for byte as before.
 */
public record Approved(
        String planHash,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean unwireAtExpiry) implements RecordedEvent {

    public static final String KIND = "APPROVED";

    public Approved(String planHash) {
        this(planHash, false);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
