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
    REORDERED,
    /** A stored run (its inputs, documents, findings or lifecycle) differs from what its events recorded. */
    RECORD_CHANGED,
    /** An event of a kind this version does not know, or whose detail is not its kind's JSON. */
    UNREADABLE
}
