package io.rolewire.runs;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Verified wirings by the end of their access, on the index of {@code runs.access_until}. */
public interface AccessEnds {

    /**
     * VERIFIED (or VERIFICATION_FAILED, as a run is after its end) runs whose access ends within {@code window} from now or has already ended, soonest
     * (longest overdue) first, at most {@code limit}.
     */
    List<AccessEnding> endingWithin(Duration window, int limit);

    /**
     * Wirings (VERIFIED or VERIFICATION_FAILED) whose access ended by {@code now} and that were
     * never un-wired nor had an un-wire started (whatever became of it: a rejected un-wire is a
     * person's decision, not started again), longest ended first, at most {@code limit}.
     */
    List<Long> endedWithoutUnwire(Instant now, int limit);
}
