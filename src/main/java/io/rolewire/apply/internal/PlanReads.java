package io.rolewire.apply.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.Map;

/**
 * What the apply's own live plan read, per resource key, handed to the first attempt's steps when
 * this instance runs them. The plan was read a moment before, checked against the approved hash,
 * and nothing was written since: a step that read the same resource again would only wait one more
 * round trip before its write (issue 9's wall time). Only a hint: a step without one reads, and a
 * resumed attempt, a retry or another instance never has one, so a step that may follow a write it
 * did not see always reads again.
 */
final class PlanReads {

    /** Long enough for the lease to be picked up on a busy instance; a plan older than this is read again. */
    static final Duration KEPT = Duration.ofSeconds(30);

    private final Cache<Long, Map<String, LiveResource>> byRun =
            Caffeine.newBuilder().expireAfterWrite(KEPT).build();

    void keep(long runId, Map<String, LiveResource> reads) {
        byRun.put(runId, Map.copyOf(reads));
    }

    /** The reads kept for the run, removed: they are good for one attempt's first pass only. */
    Map<String, LiveResource> take(long runId) {
        Map<String, LiveResource> reads = byRun.asMap().remove(runId);
        return reads == null ? Map.of() : reads;
    }
}
