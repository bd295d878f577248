package io.rolewire.audit;

import java.time.Instant;
import java.util.List;

/** The append-only event log: append and read, nothing else. */
public interface EventLog {

    RunEvent append(long runId, String type, String actor, Instant at, String detailJson);

    /** Oldest first. */
    List<RunEvent> eventsOf(long runId);
}
