package io.rolewire.web.runs;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryOrder;
import java.util.Optional;
import org.springframework.web.util.UriComponentsBuilder;

/** Links that keep a history page's (valid) filters: other pages, and the exports. */
final class HistoryLinks {

    private HistoryLinks() {}

    static String page(HistoryFilter filter, Long before) {
        return builder("/runs", filter)
                .queryParamIfPresent("before", Optional.ofNullable(before))
                .encode()
                .build()
                .toUriString();
    }

    static String export(HistoryFilter filter, String format) {
        return builder("/runs/export", filter)
                .queryParam("format", format)
                .encode()
                .build()
                .toUriString();
    }

    private static UriComponentsBuilder builder(String path, HistoryFilter f) {
        return UriComponentsBuilder.fromPath(path)
                .queryParamIfPresent("accountId", Optional.ofNullable(f.accountId()))
                .queryParamIfPresent("roleName", Optional.ofNullable(f.roleName()))
                .queryParamIfPresent("status", Optional.ofNullable(f.status()))
                .queryParamIfPresent("createdBy", Optional.ofNullable(f.createdBy()))
                .queryParamIfPresent("approvedBy", Optional.ofNullable(f.approvedBy()))
                .queryParamIfPresent("sourceAccountId", Optional.ofNullable(f.sourceAccountId()))
                .queryParamIfPresent("destinationAccountId", Optional.ofNullable(f.destinationAccountId()))
                .queryParamIfPresent("workload", Optional.ofNullable(f.workload()))
                .queryParamIfPresent("createdFrom", Optional.ofNullable(f.createdFrom()))
                .queryParamIfPresent("createdTo", Optional.ofNullable(f.createdTo()))
                .queryParamIfPresent("text", Optional.ofNullable(f.text()))
                .queryParamIfPresent(
                        "sort", Optional.ofNullable(f.order() == HistoryOrder.OLDEST_FIRST ? "oldest" : null));
    }
}
