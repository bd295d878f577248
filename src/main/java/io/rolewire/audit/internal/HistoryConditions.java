package io.rolewire.audit.internal;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryOrder;
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
 *
 * <p>Run columns are qualified {@code r.}; a text filter reads {@code run_search_terms t} joined
 * to the run, and then the order key (and with it the date range and the cursor) is the term
 * row's copy of created_at and the run id, so that one index range serves all of them.
 *
 * <p>Each end of the created_at range gets one bound: the date's or the cursor's, whichever is
 * tighter (the other then holds for every row). Given two upper bounds on a column that a
 * descending index holds, H2 2.4 starts its range at the looser one and filters the rest row by row.
 */
record HistoryConditions(List<String> clauses, List<List<String>> either, Map<String, Object> params, HistoryKey key) {

    /** @param cursor where the page starts, or null for the first page (and exports) */
    static HistoryConditions of(HistoryFilter filter, HistoryCursor cursor) {
        String text = text(filter.text());
        HistoryKey key = text == null ? HistoryKey.RUNS : HistoryKey.TERMS;
        var c = new HistoryConditions(new ArrayList<>(), new ArrayList<>(), new LinkedHashMap<>(), key);
        c.either(
                List.of("r.source_account_id = :accountId", "r.destination_account_id = :accountId"),
                "accountId",
                text(filter.accountId()));
        c.either(
                List.of("r.source_role_name = :roleName", "r.destination_role_name = :roleName"),
                "roleName",
                text(filter.roleName()));
        c.add("r.source_account_id = :sourceAccountId", "sourceAccountId", text(filter.sourceAccountId()));
        c.add(
                "r.destination_account_id = :destinationAccountId",
                "destinationAccountId",
                text(filter.destinationAccountId()));
        c.add(
                "r.status = :status",
                "status",
                filter.status() == null ? null : filter.status().name());
        c.add(
                "r.workload = :workload",
                "workload",
                filter.workload() == null ? null : filter.workload().name());
        c.add("r.created_by = :createdBy", "createdBy", text(filter.createdBy()));
        c.add("r.approved_by = :approvedBy", "approvedBy", text(filter.approvedBy()));
        c.range(
                startOf(filter.createdFrom()),
                filter.createdTo() == null ? null : startOf(filter.createdTo().plusDays(1)),
                cursor,
                filter.order() == HistoryOrder.NEWEST_FIRST);
        c.prefix(text);
        return c;
    }

    /**
     * The date range and the cursor. Newest first the cursor is an upper end: if it lies before the
     * range's end it implies that end, otherwise the range's end implies the cursor condition (every
     * row is then earlier than the cursor). Oldest first the same holds for the start.
     */
    private void range(OffsetDateTime from, OffsetDateTime before, HistoryCursor cursor, boolean newest) {
        OffsetDateTime end = newest ? before : from;
        boolean cursorTighter = cursor != null
                && (end == null
                        || (newest
                                ? cursor.createdAt().isBefore(end)
                                : !cursor.createdAt().isBefore(end)));
        if (!newest || !cursorTighter) {
            add(key.createdAt() + " < :createdBefore", "createdBefore", before);
        }
        if (newest || !cursorTighter) {
            add(key.createdAt() + " >= :createdFrom", "createdFrom", from);
        }
        if (cursorTighter) {
            String past = newest ? "<" : ">";
            String id = past + (cursor.inclusive() ? "=" : "");
            clauses.add(key.createdAt() + " " + past + "= :cursorAt and (" + key.createdAt() + " " + past
                    + " :cursorAt or " + key.id() + " " + id + " :cursorId)");
            params.put("cursorAt", cursor.createdAt());
            params.put("cursorId", cursor.id());
        }
    }

    /**
     * A prefix is one term. A text longer than a term also needs the LIKE that the term only
     * narrows down to (the escape keeps % and _ literal).
     */
    private void prefix(String text) {
        if (text == null) {
            return;
        }
        add("t.term = :term", "term", SearchTerms.termOf(text));
        if (!SearchTerms.exact(text)) {
            add(
                    "(r.source_role_name like :textLike escape '!' or r.destination_role_name like :textLike"
                            + " escape '!' or r.task_family like :textLike escape '!')",
                    "textLike",
                    text.replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%");
        }
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
