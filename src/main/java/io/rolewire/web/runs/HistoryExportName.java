package io.rolewire.web.runs;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryOrder;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The file name of a history export: what was filtered and when, so two exports never overwrite
 * each other in a downloads folder and each says what it holds, e.g.
 * {@code rolewire-history_status-SUBMITTED_createdFrom-2026-01-01_20261204T074012Z}.
 */
final class HistoryExportName {

    static final String BASE = "rolewire-history";

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** Each value is cut here, so the name stays well under the 255 bytes file systems allow. */
    private static final int LONGEST_VALUE = 24;

    private HistoryExportName() {}

    static String of(HistoryFilter filter, Instant at) {
        List<String> parts = new ArrayList<>();
        parts.add(BASE);
        add(parts, "account", filter.accountId());
        add(parts, "role", filter.roleName());
        add(parts, "status", filter.status());
        add(parts, "createdBy", filter.createdBy());
        add(parts, "approvedBy", filter.approvedBy());
        add(parts, "source", filter.sourceAccountId());
        add(parts, "destination", filter.destinationAccountId());
        add(parts, "workload", filter.workload());
        add(parts, "createdFrom", filter.createdFrom());
        add(parts, "createdTo", filter.createdTo());
        add(parts, "text", filter.text());
        add(parts, "order", filter.order() == HistoryOrder.OLDEST_FIRST ? "oldest" : null);
        parts.add(STAMP.format(at));
        return String.join("_", parts);
    }

    private static void add(List<String> parts, String name, Object value) {
        if (value == null) {
            return;
        }
        String safe = Objects.toString(value).replaceAll("[^A-Za-z0-9.@-]+", "-");
        if (!safe.isEmpty()) {
            parts.add(name + "-" + (safe.length() > LONGEST_VALUE ? safe.substring(0, LONGEST_VALUE) : safe));
        }
    }
}
