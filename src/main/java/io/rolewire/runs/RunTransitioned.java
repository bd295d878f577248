package io.rolewire.runs;

import java.time.Instant;
import java.util.Map;

/**
 * Published inside the transaction that saves a transition; the audit log appends it, so a
 * transition and its event commit together or not at all.
 *
 * @param detail the event's detail (e.g. {@code planHash}, {@code reason}); empty when none
 */
public record RunTransitioned(long runId, LifecycleEvent type, String actor, Instant at, Map<String, String> detail) {

    public RunTransitioned {
        detail = Map.copyOf(detail);
    }
}
