package io.rolewire.audit.internal;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL text and parameters of one history query. Without "either side" groups it is one indexed
 * range: {@code where ... order by id desc limit n}. Each group multiplies the branches; every branch
 * is itself such a range (limited to n when paging), and a UNION (which also drops a run found by two
 * branches) merges them in order.
 */
record HistorySql(String sql, Map<String, Object> params) {

    static final String COLUMNS = "id, status, workload, source_account_id, source_role_name, "
            + "destination_account_id, destination_role_name, created_by, created_at";

    /** @param limit rows to fetch, or null for all (exports) */
    static HistorySql of(HistoryFilter filter, Long after, Integer limit) {
        HistoryConditions conditions = HistoryConditions.of(filter);
        boolean newest = filter.order() == HistoryOrder.NEWEST_FIRST;
        Map<String, Object> params = new LinkedHashMap<>(conditions.params());
        List<String> fixed = new ArrayList<>(conditions.clauses());
        if (after != null) {
            fixed.add(newest ? "id < :after" : "id > :after");
            params.put("after", after);
        }
        String order = " order by id " + (newest ? "desc" : "asc");
        // An int of ours, written into the text: H2 2.4 reuses a derived table's result across
        // executions when only a LIMIT parameter changed (a page of the wrong size).
        String tail = limit == null ? "" : " limit " + limit.intValue();
        List<List<String>> branches = branches(fixed, conditions.either());
        if (branches.size() == 1) {
            List<String> where = branches.get(0);
            return new HistorySql(select(where) + SortIndexes.orderBy(where, newest) + tail, params);
        }
        List<String> parts = branches.stream()
                .map(where -> limit == null
                        ? select(where)
                        : "(" + select(where) + SortIndexes.orderBy(where, newest) + tail + ")")
                .toList();
        return new HistorySql(
                "select " + COLUMNS + " from (" + String.join(" union ", parts) + ") u" + order + tail, params);
    }

    private static String select(List<String> where) {
        return "select " + COLUMNS + " from runs" + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
    }

    /** Every combination of one alternative per group, each with all the fixed clauses. */
    private static List<List<String>> branches(List<String> fixed, List<List<String>> groups) {
        List<List<String>> branches = List.of(fixed);
        for (List<String> group : groups) {
            List<List<String>> next = new ArrayList<>();
            for (List<String> branch : branches) {
                for (String alternative : group) {
                    List<String> extended = new ArrayList<>(branch);
                    extended.add(alternative);
                    next.add(extended);
                }
            }
            branches = next;
        }
        return branches;
    }
}
