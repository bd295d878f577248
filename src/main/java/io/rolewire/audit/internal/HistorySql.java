package io.rolewire.audit.internal;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The SQL text and parameters of one history query. Without "either side" groups it is one indexed
 * range: {@code where ... order by created_at desc, id desc limit n}. Each group multiplies the
 * branches; every branch is itself such a range (limited to n when paging), and a UNION (which also
 * drops a run found by two branches) merges them in order. The branches select only the order key
 * and the run is joined once, by primary key: when a branch selected the column its equality fixes
 * (the account of "status + account"), H2 2.4 stopped reading that branch from its index.
 */
record HistorySql(String sql, Map<String, Object> params) {

    static final String COLUMNS = "id, status, workload, source_account_id, source_role_name, "
            + "destination_account_id, destination_role_name, created_by, created_at, region, task_family, plan_hash, "
            + "approved_by, undoes_run_id";

    /**
     * @param cursor where the page starts, or null for the first page
     * @param limit rows to fetch, or null for all (exports)
     */
    static HistorySql of(HistoryFilter filter, HistoryCursor cursor, Integer limit) {
        HistoryConditions conditions = HistoryConditions.of(filter, cursor);
        HistoryKey key = conditions.key();
        boolean newest = filter.order() == HistoryOrder.NEWEST_FIRST;
        Map<String, Object> params = new LinkedHashMap<>(conditions.params());
        List<String> fixed = new ArrayList<>(conditions.clauses());
        // An int of ours, written into the text: H2 2.4 reuses a derived table's result across
        // executions when only a LIMIT parameter changed (a page of the wrong size).
        String tail = limit == null ? "" : " limit " + limit.intValue();
        List<List<String>> branches = branches(fixed, conditions.either());
        if (branches.size() == 1) {
            List<String> where = branches.get(0);
            return new HistorySql(select(key, where) + SortIndexes.orderBy(key, where, newest) + tail, params);
        }
        List<String> parts = branches.stream()
                .map(where -> {
                    String branch = select(key.id() + " as id, " + key.createdAt() + " as created_at", key, where);
                    return limit == null ? branch : "(" + branch + SortIndexes.orderBy(key, where, newest) + tail + ")";
                })
                .toList();
        String direction = newest ? " desc" : " asc";
        return new HistorySql(
                "select " + qualified() + " from (" + String.join(" union ", parts)
                        + ") u join history_runs r on r.id = u.id order by u.created_at" + direction + ", u.id"
                        + direction
                        + tail,
                params);
    }

    private static String select(HistoryKey key, List<String> where) {
        return select(qualified(), key, where);
    }

    private static String select(String columns, HistoryKey key, List<String> where) {
        return "select " + columns + " from " + key.from()
                + (where.isEmpty() ? "" : " where " + String.join(" and ", where));
    }

    private static String qualified() {
        return "r." + COLUMNS.replace(", ", ", r.");
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
