package io.rolewire.audit;

import java.util.List;

/**
 * One page of history in the filter's order, keyset-paged by (created at, run id) (no OFFSET
 * scans).
 *
 * @param nextBefore the cursor of the next page: the id of this page's last run, whose place in the
 *     order the next page continues from ("before" it when newest first, "after" it when oldest
 *     first); null on the last page
 */
public record HistoryPage(List<RunSummary> items, Long nextBefore) {

    public HistoryPage {
        items = List.copyOf(items);
    }
}
