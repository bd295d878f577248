package io.rolewire.audit;

/** History is ordered by run id, which the database assigns in creation order. */
public enum HistoryOrder {
    NEWEST_FIRST,
    OLDEST_FIRST
}
