package io.rolewire.apply;

/** Where one step of an apply stands. */
public enum StepOutcome {
    /** Planned, not started yet. */
    PENDING,
    /** Its call is under way (or being retried). */
    RUNNING,
    /** The call succeeded. */
    DONE,
    /** The live state already matched: no call was made. */
    SKIPPED,
    FAILED,
    /** Never started, because a step it depends on failed. */
    NOT_RUN
}
