package io.rolewire.audit.internal;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryOrder;
import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunHistory;
import io.rolewire.audit.RunSummary;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Workload;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * History over the runs table, in (created_at, id) order. Keyset paging keeps every page as cheap
 * as the first; one extra row tells whether another page exists. The cursor callers pass is the
 * last run id of the previous page; its created_at is read by primary key, and every index ends in
 * (created_at, id) so that a filter, a date range and the cursor make one ordered index range.
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
        HistoryFilter applied = filter == null ? HistoryFilter.none() : filter;
        HistoryCursor cursor = null;
        if (after != null) {
            cursor = cursor(after, applied.order() == HistoryOrder.NEWEST_FIRST);
            if (cursor == null) {
                return new HistoryPage(List.of(), null);
            }
        }
        HistorySql query = HistorySql.of(applied, cursor, limit + 1);
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
     * The run the cursor names, or (a hand-made cursor) the nearest run past that id, which then
     * belongs to the page; null when there is none, and so nothing past the cursor.
     */
    private HistoryCursor cursor(long after, boolean newest) {
        Optional<HistoryCursor> named = jdbc.sql("select id, created_at from history_runs where id = :id")
                .param("id", after)
                .query((rs, row) -> new HistoryCursor(rs.getObject("created_at", OffsetDateTime.class), after, false))
                .optional();
        if (named.isPresent()) {
            return named.get();
        }
        String nearest = newest
                ? "select id, created_at from history_runs where id < :id order by id desc limit 1"
                : "select id, created_at from history_runs where id > :id order by id asc limit 1";
        return jdbc.sql(nearest)
                .param("id", after)
                .query((rs, row) ->
                        new HistoryCursor(rs.getObject("created_at", OffsetDateTime.class), rs.getLong("id"), true))
                .optional()
                .orElse(null);
    }

    /**
     * Counts by reading at most {@code atMost + 1} rows of the same ordered index range as a page, so a
     * count costs what a long page does, however many runs match.
     */
    @Override
    public long count(HistoryFilter filter, int atMost) {
        HistorySql query = HistorySql.of(filter == null ? HistoryFilter.none() : filter, null, atMost + 1);
        return jdbc.sql("select count(*) from (" + query.sql() + ") counted")
                .params(query.params())
                .query(Long.class)
                .single();
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
                rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                rs.getString("region"),
                rs.getString("task_family"),
                rs.getString("plan_hash"),
                rs.getString("approved_by"),
                rs.getObject("undoes_run_id", Long.class));
    }
}
