package io.rolewire.runs;

/** The run lifecycle of DESIGN.md. Issue 2 creates DRAFT runs only. */
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
