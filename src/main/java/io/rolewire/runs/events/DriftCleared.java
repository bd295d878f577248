package io.rolewire.runs.events;

import java.time.Instant;

/**
 * The drift watch found a run that had drifted as it left it again (someone put it back, or a
 * retry or re-wire did).
 *
 * @param driftedSince when the drift that ended was first seen
 */
public record DriftCleared(Instant driftedSince) implements RecordedEvent {

    public static final String KIND = "DRIFT_CLEARED";

    @Override
    public String kind() {
        return KIND;
    }
}
