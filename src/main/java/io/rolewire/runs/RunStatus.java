package io.rolewire.runs;

/** The run lifecycle of DESIGN.md; the transitions between them are the run's methods (see {@link Run}). */
public enum RunStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    REJECTED,
    CANCELLED,
    APPLYING,
    APPLIED,
    FAILED,
    VERIFIED,
    VERIFICATION_FAILED
}
