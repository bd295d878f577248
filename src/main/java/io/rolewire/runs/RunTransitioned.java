package io.rolewire.runs;

import io.rolewire.runs.events.RecordedEvent;
import java.time.Instant;

/**
 * Published inside the transaction that saves a transition; the audit log appends it, so a
 * transition and its event commit together or not at all.
 *
 * @param event what happened (SUBMITTED, APPROVED for a plan hash, REJECTED with a reason...)
 */
public record RunTransitioned(long runId, String actor, Instant at, RecordedEvent event) {

    public String type() {
        return event.kind();
    }
}
