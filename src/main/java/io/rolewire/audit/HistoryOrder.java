package io.rolewire.audit;

/**
 * History is ordered by creation time, and runs created in the same instant by run id (which the
 * database assigns in insertion order).
 */
public enum HistoryOrder {
    NEWEST_FIRST,
    OLDEST_FIRST
}
