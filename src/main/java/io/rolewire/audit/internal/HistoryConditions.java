package io.rolewire.audit.internal;

import io.rolewire.audit.HistoryFilter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The WHERE clause of a history query, built from fixed SQL fragments. User values only ever
 * travel as named parameters, never inside the SQL text.
 */
record HistoryConditions(List<String> clauses, Map<String, Object> params) {

    static HistoryConditions of(HistoryFilter filter, Long before) {
        var conditions = new HistoryConditions(new ArrayList<>(), new LinkedHashMap<>());
        conditions.add(
                "(source_account_id = :accountId or destination_account_id = :accountId)",
                "accountId",
                text(filter.accountId()));
        conditions.add(
                "(source_role_name = :roleName or destination_role_name = :roleName)",
                "roleName",
                text(filter.roleName()));
        conditions.add(
                "status = :status",
                "status",
                filter.status() == null ? null : filter.status().name());
        conditions.add("created_by = :createdBy", "createdBy", text(filter.createdBy()));
        conditions.add("id < :before", "before", before);
        return conditions;
    }

    /** " where a and b", or "" when nothing narrows the query. */
    String sql() {
        return clauses.isEmpty() ? "" : " where " + String.join(" and ", clauses);
    }

    private void add(String clause, String name, Object value) {
        if (value != null) {
            clauses.add(clause);
            params.put(name, value);
        }
    }

    /** Blank means "any"; surrounding spaces typed into a filter box are not part of a value. */
    private static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
