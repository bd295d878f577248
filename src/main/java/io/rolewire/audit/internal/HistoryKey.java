package io.rolewire.audit.internal;

/**
 * The table whose (created_at, id) a history query orders and pages by: audit's copy of the runs, or
 * the search terms a text filter reads (each term row carries its run's created_at).
 */
enum HistoryKey {
    RUNS("history_runs r", "r.created_at", "r.id"),
    TERMS("run_search_terms t join history_runs r on r.id = t.run_id", "t.created_at", "t.run_id");

    private final String from;
    private final String createdAt;
    private final String id;

    HistoryKey(String from, String createdAt, String id) {
        this.from = from;
        this.createdAt = createdAt;
        this.id = id;
    }

    String from() {
        return from;
    }

    String createdAt() {
        return createdAt;
    }

    String id() {
        return id;
    }
}
