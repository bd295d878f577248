package io.rolewire.audit;

/** History queries for every signed-in role. */
public interface RunHistory {

    /**
     * @param before only runs with a smaller id (null: from the newest)
     * @param size 1..100
     */
    HistoryPage search(HistoryFilter filter, Long before, int size);
}
