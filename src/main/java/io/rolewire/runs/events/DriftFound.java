package io.rolewire.runs.events;

import java.time.Instant;
import java.util.List;

/**
 * The drift watch found that a wired run's resources are no longer as it left them: a trust
 * changed by hand or its statement removed, a role recreated (its trust then shows an {@code AROA…}
 * id), an inline policy edited, another task definition revision. Recorded when drift is first
 * seen, and again when what changed is different.
 *
 * @param changes what differs, one line per resource or failed check
 * @param since when the drift was first seen
 * @param verified whether the chain still verifies despite the drift
 */
public record DriftFound(List<String> changes, Instant since, boolean verified) implements RecordedEvent {

    public static final String KIND = "DRIFT_FOUND";

    public DriftFound {
        changes = List.copyOf(changes);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
