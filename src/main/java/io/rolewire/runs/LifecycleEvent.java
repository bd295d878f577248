package io.rolewire.runs;

/** The event types a lifecycle transition appends to a run's log. */
public enum LifecycleEvent {
    SUBMITTED,
    APPROVED,
    REJECTED,
    CANCELLED,
    APPLY_STARTED,
    APPLIED,
    APPLY_FAILED,
    RETRY_STARTED,
    VERIFIED,
    VERIFICATION_FAILED,
    RETURNED_TO_SUBMITTED
}
