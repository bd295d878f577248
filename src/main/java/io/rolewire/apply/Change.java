package io.rolewire.apply;

/** What the apply will do to one resource, as the live plan sees it. */
public enum Change {
    /** Absent: the apply creates it. */
    CREATE,
    /** Present with another document: the apply replaces it (the destination trust: merges into it). */
    UPDATE,
    /** Already as the run wants it: the apply skips it. */
    UNCHANGED,
    /** Present, and an un-wire removes it (or takes our statement out of it: ADR 018). */
    DELETE,
    /** The apply cannot do it (a role the run does not create is missing, a trust cannot be merged...). */
    BLOCKED,
    /** The account could not be read: nothing is known about it. */
    UNKNOWN
}
