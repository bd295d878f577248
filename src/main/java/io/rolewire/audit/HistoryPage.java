package io.rolewire.audit;

import java.util.List;

/**
 * One page of history, newest first, keyset-paged by run id (no OFFSET scans).
 *
 * @param nextBefore pass as {@code before} to get the next (older) page; null on the last page
 */
public record HistoryPage(List<RunSummary> items, Long nextBefore) {

    public HistoryPage {
        items = List.copyOf(items);
    }
}
