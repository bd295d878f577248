package io.rolewire.audit.internal;

import io.rolewire.audit.AuditEvent;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.RunEvent;
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
 * code path that updates or deletes an event (and the database refuses it anyway). Every append
 * takes the next position of the one hash chain (see {@link ChainHead}).
 */
class JdbcEventLog implements EventLog {

    private final JdbcClient jdbc;
    private final ChainHead head;

    JdbcEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.head = new ChainHead(jdbc);
    }

    /**
     * Locks the run's row first so that concurrent appends to one run take turns: each then sees
     * the previous one's seq, and the numbering has no duplicates and no gaps. (Retrying on the
     * unique key instead would not work inside a caller's transaction on PostgreSQL, where the
     * failed insert aborts the whole transaction.) The chain head is always locked second, so two
     * appends never wait on each other in opposite orders.
     */
    @Override
    @Transactional
    public RunEvent append(long runId, String type, String actor, Instant at, String detailJson) {
        requireContent(type, actor, detailJson);
        lockRun(runId);
        int seq = jdbc.sql("select coalesce(max(seq), 0) + 1 from run_events where run_id = :runId")
                .param("runId", runId)
                .query(Integer.class)
                .single();
        ChainedEvent event = chain(runId, seq, type, actor, at, detailJson);
        long id = insert(event);
        return new RunEvent(id, runId, type, actor, event.at(), detailJson);
    }

    @Override
    @Transactional
    public AuditEvent appendAuditEvent(String type, String actor, Instant at, String detailJson) {
        requireContent(type, actor, detailJson);
        ChainedEvent event = chain(null, null, type, actor, at, detailJson);
        insert(event);
        return new AuditEvent(event.position(), type, actor, event.at(), detailJson);
    }

    @Override
    @Transactional(readOnly = true)
    public List<RunEvent> eventsOf(long runId) {
        return jdbc.sql("""
                        select id, run_id, type, actor, occurred_at, detail
                        from run_events where run_id = :runId order by seq
                        """)
                .param("runId", runId)
                .query((rs, row) -> new RunEvent(
                        rs.getLong("id"),
                        rs.getLong("run_id"),
                        rs.getString("type"),
                        rs.getString("actor"),
                        rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                        rs.getString("detail")))
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<AuditEvent> recentAuditEvents(int limit) {
        return jdbc
                .sql("select " + ChainedEvent.COLUMNS
                        + " from run_events where run_id is null order by position desc limit :limit")
                .param("limit", Math.max(1, Math.min(100, limit)))
                .query((rs, row) -> ChainedEvent.read(rs))
                .list()
                .stream()
                .map(e -> new AuditEvent(e.position(), e.type(), e.actor(), e.at(), e.detail()))
                .toList();
    }

    /** PostgreSQL keeps microseconds: truncate so the hashed and returned event equal the stored one. */
    private ChainedEvent chain(Long runId, Integer seq, String type, String actor, Instant at, String detail) {
        ChainHead.Link last = head.lock();
        Instant occurredAt = at.truncatedTo(ChronoUnit.MICROS);
        ChainedEvent unhashed =
                new ChainedEvent(last.position() + 1, runId, seq, type, actor, occurredAt, detail, last.hash(), null);
        String hash = ChainHasher.hash(last.hash(), unhashed);
        return new ChainedEvent(unhashed.position(), runId, seq, type, actor, occurredAt, detail, last.hash(), hash);
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

    private long insert(ChainedEvent e) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("insert into run_events (" + ChainedEvent.COLUMNS + ") values "
                        + "(:position, :runId, :seq, :type, :actor, :at, :detail, :previousHash, :hash)")
                .param("position", e.position())
                .param("runId", e.runId(), java.sql.Types.BIGINT)
                .param("seq", e.seq(), java.sql.Types.INTEGER)
                .param("type", e.type())
                .param("actor", e.actor())
                .param("at", e.at().atOffset(ZoneOffset.UTC))
                .param("detail", e.detail())
                .param("previousHash", e.previousHash())
                .param("hash", e.hash())
                .update(key, "id");
        return Objects.requireNonNull(key.getKey(), "generated event id").longValue();
    }

    private static void requireContent(String type, String actor, String detailJson) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(detailJson, "detailJson");
    }
}
