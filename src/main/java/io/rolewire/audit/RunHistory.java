package io.rolewire.audit;

import java.util.function.Consumer;

/** History queries for every signed-in role. */
public interface RunHistory {

    /**
     * One page in the filter's order ({@link HistoryOrder}), keyset-paged (no OFFSET).
     *
     * @param after the previous page's {@link HistoryPage#nextBefore()}: only runs past that run in
     *     the filter's order (null: from the start). An id that names no run starts at the nearest
     *     run past that id.
     * @param size 1..100
     */
    HistoryPage search(HistoryFilter filter, Long after, int size);

    /**
     * How many runs match, counted up to {@code atMost + 1}: a result above {@code atMost} means
     * "more than atMost" (an exact count of a million runs would cost far more than the page).
     */
    long count(HistoryFilter filter, int atMost);

    /**
     * Every matching run in the filter's order, one at a time, straight from the database cursor:
     * memory stays constant however many runs match. Runs in one read-only transaction.
     */
    void forEach(HistoryFilter filter, Consumer<RunSummary> sink);
}
