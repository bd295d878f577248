package io.rolewire.audit;

import java.util.List;

/**
 * One page of history in the filter's order, keyset-paged by run id (no OFFSET scans).
 *
 * @param nextBefore the cursor of the next page (the last id of this one; "before" when newest
 *     first, "after" when oldest first); null on the last page
 */
public record HistoryPage(List<RunSummary> items, Long nextBefore) {

    public HistoryPage {
        items = List.copyOf(items);
    }
}
