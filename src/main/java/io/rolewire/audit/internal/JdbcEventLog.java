package io.rolewire.audit.internal;

import io.rolewire.audit.AuditEvent;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.RunEvent;
import io.rolewire.runs.events.RecordedEvent;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * The event log over {@code run_events}. It has append and queries only: there is deliberately no
 * code path that updates or deletes an event (and the database refuses it anyway).
 *
 * <p>An append numbers the run's event at once, under a lock on the run's row of audit's own
 * {@code run_event_heads}, and hands the event to {@link ChainAtCommit}, which chains every event of
 * the transaction just before it commits: the global chain head is then held only for those inserts
 * and the commit, not for the rest of the caller's work.
 */
class JdbcEventLog implements EventLog {

    private final JdbcClient jdbc;
    private final ChainAtCommit chain;

    JdbcEventLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.chain = new ChainAtCommit(jdbc);
    }

    @Override
    @Transactional
    public void append(long runId, RecordedEvent event, String actor, Instant at) {
        requireContent(event, actor, at);
        int seq = nextSeq(runId);
        chain.add(new ChainAtCommit.Pending(runId, seq, event.kind(), actor, micros(at), EventCodec.encode(event)));
    }

    @Override
    @Transactional
    public void appendAuditEvent(RecordedEvent event, String actor, Instant at) {
        requireContent(event, actor, at);
        chain.add(new ChainAtCommit.Pending(null, null, event.kind(), actor, micros(at), EventCodec.encode(event)));
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

    /**
     * The run's next number. The update locks the run's head row until the transaction ends, so
     * concurrent appends to one run take turns and the numbering has no duplicates and no gaps; the
     * first event of a run (created in this very transaction) inserts the row.
     */
    private int nextSeq(long runId) {
        int updated = jdbc.sql("update run_event_heads set last_seq = last_seq + 1 where run_id = :runId")
                .param("runId", runId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into run_event_heads (run_id, last_seq) values (:runId, 1)")
                    .param("runId", runId)
                    .update();
            return 1;
        }
        return jdbc.sql("select last_seq from run_event_heads where run_id = :runId")
                .param("runId", runId)
                .query(Integer.class)
                .single();
    }

    /** PostgreSQL keeps microseconds: truncate so the hashed event equals the stored one. */
    private static Instant micros(Instant at) {
        return at.truncatedTo(ChronoUnit.MICROS);
    }

    private static void requireContent(RecordedEvent event, String actor, Instant at) {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
    }
}
