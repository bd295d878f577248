package io.rolewire.audit;

import java.time.Instant;
import java.util.List;

/**
 * The append-only event log: append and read, nothing else. Every event, of a run or not, takes the
 * next position of one hash chain (docs/adr/004-event-hash-chain.md).
 */
public interface EventLog {

    RunEvent append(long runId, String type, String actor, Instant at, String detailJson);

    /** An event that belongs to no run (an export, for instance). */
    AuditEvent appendAuditEvent(String type, String actor, Instant at, String detailJson);

    /** Oldest first. */
    List<RunEvent> eventsOf(long runId);

    /** The latest events that belong to no run, newest first; {@code limit} is clamped to 1..100. */
    List<AuditEvent> recentAuditEvents(int limit);
}
