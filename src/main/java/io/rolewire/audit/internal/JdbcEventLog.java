package io.rolewire.audit.internal;

import io.rolewire.audit.AuditEvent;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.RunEvent;
import io.rolewire.runs.events.RecordedEvent;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The event log over {@code run_events}. It has append and queries only: there is deliberately no
 * code path that updates or deletes an event (and the database refuses it anyway).
 *
 * <p>An append numbers the run's event at once, under a lock on the run's row of audit's own
 * {@code run_event_heads}, and inserts it unsealed in the caller's transaction: it is durable
 * with whatever the caller commits, and no request waits on the global chain. After the commit
 * the {@link EventSealer} gives it its place in the chain.
 */
class JdbcEventLog implements EventLog {

    private final JdbcClient jdbc;
    private final EventSealer sealer;

    JdbcEventLog(JdbcClient jdbc, EventSealer sealer) {
        this.jdbc = jdbc;
        this.sealer = sealer;
    }

    @Override
    @Transactional
    public void append(long runId, RecordedEvent event, String actor, Instant at) {
        requireContent(event, actor, at);
        insertUnsealed(runId, nextSeq(runId), event, actor, at);
    }

    @Override
    @Transactional
    public void appendAuditEvent(RecordedEvent event, String actor, Instant at) {
        requireContent(event, actor, at);
        insertUnsealed(null, null, event, actor, at);
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

    /** Not in a read-only transaction: it seals first, so the latest events show with their place. */
    @Override
    public List<AuditEvent> recentAuditEvents(int limit) {
        sealer.sealCommitted();
        return jdbc
                .sql("select " + ChainedEvent.COLUMNS
                        + " from run_events where run_id is null and position is not null"
                        + " order by position desc limit :limit")
                .param("limit", Math.max(1, Math.min(100, limit)))
                .query((rs, row) -> ChainedEvent.read(rs))
                .list()
                .stream()
                .map(e -> new AuditEvent(e.position(), e.type(), e.actor(), e.at(), e.detail()))
                .toList();
    }

    private void insertUnsealed(Long runId, Integer seq, RecordedEvent event, String actor, Instant at) {
        jdbc.sql("""
                        insert into run_events (run_id, seq, type, actor, occurred_at, detail, hash_scheme)
                        values (:runId, :seq, :type, :actor, :at, :detail, :scheme)
                        """)
                .param("runId", runId, Types.BIGINT)
                .param("seq", seq, Types.INTEGER)
                .param("type", event.kind())
                .param("actor", actor)
                .param("at", micros(at).atOffset(ZoneOffset.UTC))
                .param("detail", EventCodec.encode(event))
                .param("scheme", ChainHasher.EXACT)
                .update();
        sealAfterCommit();
    }

    private void sealAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            sealer.wake();
            return;
        }
        if (TransactionSynchronizationManager.hasResource(sealer)) {
            return;
        }
        TransactionSynchronizationManager.bindResource(sealer, Boolean.TRUE);
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(sealer);
                if (status == STATUS_COMMITTED) {
                    sealer.wake();
                }
            }
        });
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
