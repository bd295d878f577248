package io.rolewire.audit.internal;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.RunEvent;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event log over {@code run_events}. It has append and queries only: there is deliberately no
 * code path that updates or deletes an event (and the database refuses it anyway).
 */
class JdbcEventLog implements EventLog {

    private final JdbcClient jdbc;

    JdbcEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Locks the run's row first so that concurrent appends to one run take turns: each then sees
     * the previous one's seq, and the numbering has no duplicates and no gaps. (Retrying on the
     * unique key instead would not work inside a caller's transaction on PostgreSQL, where the
     * failed insert aborts the whole transaction.)
     */
    @Override
    @Transactional
    public RunEvent append(long runId, String type, String actor, Instant at, String detailJson) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(detailJson, "detailJson");
        lockRun(runId);
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from run_events where run_id = :runId")
                .param("runId", runId)
                .query(Integer.class)
                .single();
        // PostgreSQL keeps microseconds: truncate so the returned event equals the stored one.
        Instant occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        long id = insert(runId, seq, type, actor, occurredAt, detailJson);
        return new RunEvent(id, runId, type, actor, occurredAt, detailJson);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RunEvent> eventsOf(long runId) {
        return jdbc.sql("""
                        select id, run_id, type, actor, occurred_at, detail
                        from run_events where run_id = :runId order by seq
                        """)
                .param("runId", runId)
                .query((rs, row) -> toEvent(rs))
                .list();
    }

    private void lockRun(long runId) {
        boolean exists = jdbc.sql("select id from runs where id = :runId for update")
                .param("runId", runId)
                .query(Long.class)
                .optional()
                .isPresent();
        if (!exists) {
            throw new IllegalArgumentException("no run " + runId);
        }
    }

    private long insert(long runId, int seq, String type, String actor, Instant at, String detail) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into run_events (run_id, seq, type, actor, occurred_at, detail)
                        values (:runId, :seq, :type, :actor, :at, :detail)
                        """)
                .param("runId", runId)
                .param("seq", seq)
                .param("type", type)
                .param("actor", actor)
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("detail", detail)
                .update(key, "id");
        return Objects.requireNonNull(key.getKey(), "generated event id").longValue();
    }

    private static RunEvent toEvent(ResultSet rs) throws SQLException {
        return new RunEvent(
                rs.getLong("id"),
                rs.getLong("run_id"),
                rs.getString("type"),
                rs.getString("actor"),
                rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("detail"));
    }
}
