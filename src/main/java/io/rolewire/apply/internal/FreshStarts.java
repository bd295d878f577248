package io.rolewire.apply.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.rolewire.apply.ApplyStep;
import io.rolewire.runs.Run;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * What the instance that accepted an apply already knows when its own lease engine picks the lease
 * up a moment later: the run as the launch transaction left it, the attempt's steps (all PENDING),
 * and what the apply's live plan read per resource key. The plan was read a moment before, checked
 * against the approved hash, and nothing was written since: a step that read the same resource again
 * would only wait one more round trip before its write, and reading the run and its steps back would
 * only add database round trips between the plan's last answer and the first write (issue 9's wall
 * time).
 *
 * <p>Kept under the launch's own id, which the lease carries ({@link Requester#encode(
 * io.rolewire.runs.ActingUser, String)}), and used only on the lease's first pick: a retry is a new
 * launch, and a lease that was handed over or revived was picked before, maybe by another instance
 * that wrote meanwhile. Any other pick reads the run, its steps and every resource again.
 */
final class FreshStarts {

    /** What the launch knew; {@code reads} by resource key, read from {@code readAt} on. */
    record FreshStart(Run run, List<ApplyStep> steps, Map<String, LiveResource> reads, Instant readAt) {

        FreshStart {
            steps = List.copyOf(steps);
            reads = Map.copyOf(reads);
        }
    }

    /** Long enough for the lease to be picked up on a busy instance; a launch older than this is read again. */
    static final Duration KEPT = Duration.ofSeconds(30);

    private final Cache<String, FreshStart> byLaunch =
            Caffeine.newBuilder().expireAfterWrite(KEPT).build();

    /** A new launch's id: unique across instances, so one instance never takes another launch's start. */
    static String newLaunch() {
        return UUID.randomUUID().toString();
    }

    void keep(String launch, FreshStart start) {
        byLaunch.put(launch, start);
    }

    /** The launch's start, removed: it is good for the lease's first pick only. */
    Optional<FreshStart> take(String launch) {
        return launch == null
                ? Optional.empty()
                : Optional.ofNullable(byLaunch.asMap().remove(launch));
    }
}
