package io.rolewire.audit;

/** Verifies the hash chain of the event log, whole or for one run. */
public interface Integrity {

    /** Walks every event in chain order, streamed: constant memory whatever the log's size. */
    IntegrityReport verifyChain();

    /**
     * Checks one run's events: each against its own hash, its link to the event chained before it,
     * and the run's sequence 1, 2, 3... in chain order. A run with no events is trivially intact.
     */
    IntegrityReport verifyRun(long runId);
}
