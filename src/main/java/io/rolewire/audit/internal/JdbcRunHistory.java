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
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * History over the runs table. Keyset paging ({@code id < :after} newest first) keeps every page as
 * cheap as the first; one extra row tells whether another page exists. The run id is the cursor:
 * the database assigns it in creation order, so id order is time order, and one column keeps every
 * index ({@code filter column, id}) and the cursor predicate simple on both databases.
 */
class JdbcRunHistory implements RunHistory {

    static final int MAX_SIZE = 100;
    static final int FETCH_SIZE = 500;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final boolean h2;

    JdbcRunHistory(DataSource dataSource) {
        this.jdbc = JdbcClient.create(dataSource);
        JdbcTemplate template = new JdbcTemplate(dataSource);
        template.setFetchSize(FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(template);
        this.h2 = Boolean.TRUE.equals(template.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().startsWith("H2")));
    }

    @Override
    @Transactional(readOnly = true)
    public HistoryPage search(HistoryFilter filter, Long after, int size) {
        int limit = Math.max(1, Math.min(MAX_SIZE, size));
        HistorySql query = HistorySql.of(filter == null ? HistoryFilter.none() : filter, after, limit + 1);
        List<RunSummary> rows = jdbc.sql(query.sql())
                .params(query.params())
                .query((rs, row) -> toSummary(rs))
                .list();
        if (rows.size() <= limit) {
            return new HistoryPage(rows, null);
        }
        List<RunSummary> page = rows.subList(0, limit);
        return new HistoryPage(page, page.get(limit - 1).id());
    }

    /**
     * PostgreSQL streams with a fetch size inside a transaction; H2 builds a whole result before the
     * first row unless the session asks for lazy execution.
     */
    @Override
    @Transactional(readOnly = true)
    public void forEach(HistoryFilter filter, Consumer<RunSummary> sink) {
        HistorySql query = HistorySql.of(filter == null ? HistoryFilter.none() : filter, null, null);
        if (h2) {
            streaming.getJdbcTemplate().execute("set lazy_query_execution true");
        }
        try {
            streaming.query(query.sql(), query.params(), rs -> {
                sink.accept(toSummary(rs));
            });
        } finally {
            if (h2) {
                streaming.getJdbcTemplate().execute("set lazy_query_execution false");
            }
        }
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
