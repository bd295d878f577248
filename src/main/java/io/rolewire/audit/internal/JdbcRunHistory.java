package io.rolewire.audit.internal;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunHistory;
import io.rolewire.audit.RunSummary;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Workload;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * History over the runs table, newest first. Keyset paging ({@code id < :before}) keeps every page
 * as cheap as the first; one extra row tells whether an older page exists.
 */
class JdbcRunHistory implements RunHistory {

    static final int MAX_SIZE = 100;

    private static final String SELECT = """
            select id, status, workload, source_account_id, source_role_name,
                destination_account_id, destination_role_name, created_by, created_at
            from runs""";

    private final JdbcClient jdbc;

    JdbcRunHistory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    @Transactional(readOnly = true)
    public HistoryPage search(HistoryFilter filter, Long before, int size) {
        int limit = Math.max(1, Math.min(MAX_SIZE, size));
        HistoryConditions where = HistoryConditions.of(filter == null ? HistoryFilter.none() : filter, before);
        List<RunSummary> rows = jdbc.sql(SELECT + where.sql() + " order by id desc limit :limit")
                .params(where.params())
                .param("limit", limit + 1)
                .query((rs, row) -> toSummary(rs))
                .list();
        if (rows.size() <= limit) {
            return new HistoryPage(rows, null);
        }
        List<RunSummary> page = rows.subList(0, limit);
        return new HistoryPage(page, page.get(limit - 1).id());
    }

    private static RunSummary toSummary(ResultSet rs) throws SQLException {
        return new RunSummary(
                rs.getLong("id"),
                RunStatus.valueOf(rs.getString("status")),
                Workload.valueOf(rs.getString("workload")),
                rs.getString("source_account_id"),
                rs.getString("source_role_name"),
                rs.getString("destination_account_id"),
                rs.getString("destination_role_name"),
                rs.getString("created_by"),
                rs.getObject("created_at", OffsetDateTime.class).toInstant());
    }
}
