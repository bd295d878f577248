package io.rolewire.audit;

import io.rolewire.audit.internal.EventCodec;
import io.rolewire.runs.events.RecordedEvent;
import java.time.Instant;

/**
 * An event of the log that belongs to no run, such as an export or a login; it is chained like
 * every run event. {@code detail} is its JSON exactly as stored.
 */
public record AuditEvent(long position, String type, String actor, Instant at, String detail) {

    /** Someone exported events or history. */
    public static final String EXPORTED = "EXPORTED";

    public RecordedEvent event() {
        return EventCodec.decode(type, detail);
    }
}
