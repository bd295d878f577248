package io.rolewire.apply;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Wired runs re-verified on a schedule ({@link DriftProperties}): a run whose resources are no longer
 * as it left them has drifted, with what changed and since when. One instance looks at a time, even
 * when several share the database.
 */
public interface DriftWatch {

    /** One run's drift: what differs now, and since when it has differed. */
    record Drift(long runId, Instant since, List<String> changes) {

        public Drift {
            changes = List.copyOf(changes);
        }
    }

    /** Drifted runs, longest drifted first. */
    List<Drift> drifted(int limit);

    Optional<Drift> of(long runId);

    /**
     * Checks one wired run now, due or not.
     *
     * @return its drift after the check; empty when it is as it was left (or was not wired)
     */
    Optional<Drift> checkNow(long runId);

    /**
     * Checks the runs due now (the schedule calls this every tick; a test may too).
     *
     * @return how many runs were checked
     */
    int checkDue();
}
