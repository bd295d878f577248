package io.rolewire.runs;

import io.rolewire.runs.events.Created;
import java.time.Instant;

/**
 * Published inside the creating transaction; the audit log records it as the run's CREATED event,
 * which carries the digest of the run's record exactly as stored.
 */
public record RunCreated(long runId, String actor, Instant at, Created event) {

    public String planHash() {
        return event.planHash();
    }
}
