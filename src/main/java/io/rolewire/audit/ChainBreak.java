package io.rolewire.audit;

/** What the integrity check found at the first broken link of the chain. */
public enum ChainBreak {
    /** The event's content no longer matches its hash: changed after it was chained, or forged. */
    EDITED,
    /** An event is missing: a gap in the positions (or in a run's sequence). */
    DELETED,
    /** An event sits where none was appended: it does not continue the chain before it. */
    INSERTED,
    /** Events are out of the order they were chained in. */
    REORDERED
}
