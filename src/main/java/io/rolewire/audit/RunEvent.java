package io.rolewire.audit;

import io.rolewire.audit.internal.EventCodec;
import io.rolewire.runs.events.RecordedEvent;
import java.time.Instant;

/** One entry of a run's insert-only event log; {@code detail} is its JSON exactly as stored. */
public record RunEvent(long id, long runId, String type, String actor, Instant at, String detail) {

    /** The first event of every run. */
    public static final String CREATED = "CREATED";

    /** The event, typed (an unknown kind or unreadable detail comes back as Unrecognized). */
    public RecordedEvent event() {
        return EventCodec.decode(type, detail);
    }
}
