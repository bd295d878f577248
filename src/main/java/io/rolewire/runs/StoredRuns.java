package io.rolewire.runs;

import java.util.Optional;
import java.util.function.Consumer;

/** Read access to what the runs tables hold, for the audit record's checks. */
public interface StoredRuns {

    Optional<StoredRun> stored(long runId);

    /** Every run in id order, one at a time (constant memory). */
    void forEachStored(Consumer<StoredRun> sink);
}
