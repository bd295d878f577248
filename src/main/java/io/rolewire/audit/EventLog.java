package io.rolewire.audit;

import io.rolewire.runs.events.RecordedEvent;
import java.time.Instant;
import java.util.List;

/**
 * The append-only event log: append and read, nothing else. Every event, of a run or not, is
 * chained into one hash chain when its transaction commits (docs/adr/008-record-hashing-and-checkpoints.md).
 */
public interface EventLog {

    /**
     * Appends a typed event to the run's log. Inside a transaction the event is numbered now and
     * chained just before that transaction commits, so it commits with the change it records.
     */
    void append(long runId, RecordedEvent event, String actor, Instant at);

    /** An event that belongs to no run (an export, a login). */
    void appendAuditEvent(RecordedEvent event, String actor, Instant at);

    /** Oldest first. */
    List<RunEvent> eventsOf(long runId);

    /** The latest events that belong to no run, newest first; {@code limit} is clamped to 1..100. */
    List<AuditEvent> recentAuditEvents(int limit);
}
