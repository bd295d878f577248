package io.rolewire.audit.internal;

import io.rolewire.audit.HistoryFilter;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The conditions of a history query, built from fixed SQL fragments. User values only ever travel
 * as named parameters, never inside the SQL text. {@code clauses} must all hold; of each group in
 * {@code either}, one must hold ("either side"). {@link HistorySql} turns every group into a UNION of
 * branches, because neither H2 nor PostgreSQL serve an OR across two columns from their indexes.
 */
record HistoryConditions(List<String> clauses, List<List<String>> either, Map<String, Object> params) {

    static HistoryConditions of(HistoryFilter filter) {
        var c = new HistoryConditions(new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>());
        c.either(
                List.of("source_account_id = :accountId", "destination_account_id = :accountId"),
                "accountId",
                text(filter.accountId()));
        c.either(
                List.of("source_role_name = :roleName", "destination_role_name = :roleName"),
                "roleName",
                text(filter.roleName()));
        c.add("source_account_id = :sourceAccountId", "sourceAccountId", text(filter.sourceAccountId()));
        c.add(
                "destination_account_id = :destinationAccountId",
                "destinationAccountId",
                text(filter.destinationAccountId()));
        c.add(
                "status = :status",
                "status",
                filter.status() == null ? null : filter.status().name());
        c.add(
                "workload = :workload",
                "workload",
                filter.workload() == null ? null : filter.workload().name());
        c.add("created_by = :createdBy", "createdBy", text(filter.createdBy()));
        c.add("approved_by = :approvedBy", "approvedBy", text(filter.approvedBy()));
        c.add("created_at >= :createdFrom", "createdFrom", startOf(filter.createdFrom()));
        c.add(
                "created_at < :createdBefore",
                "createdBefore",
                filter.createdTo() == null ? null : startOf(filter.createdTo().plusDays(1)));
        c.prefix(text(filter.text()));
        return c;
    }

    /**
     * A prefix as a range (which both databases answer from an index) plus a LIKE that keeps the
     * match exact whatever the column's collation does with the range.
     */
    private void prefix(String text) {
        if (text == null) {
            return;
        }
        List<String> columns = List.of("source_role_name", "destination_role_name", "task_family");
        either.add(columns.stream()
                .map(col -> "(" + col + " >= :textFrom and " + col + " < :textTo and " + col
                        + " like :textLike escape '!')")
                .toList());
        params.put("textFrom", text);
        params.put("textTo", text.substring(0, text.length() - 1) + (char) (text.charAt(text.length() - 1) + 1));
        params.put("textLike", text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
    }

    private void add(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(name, value);
        }
    }

    private void either(List<String> alternatives, String name, Object value) {
        if (value != null) {
            either.add(alternatives);
            params.put(name, value);
        }
    }

    private static OffsetDateTime startOf(LocalDate day) {
        return day == null ? null : day.atStartOfDay().atOffset(ZoneOffset.UTC);
    }

    /** Blank means "any"; surrounding spaces typed into a filter box are not part of a value. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
