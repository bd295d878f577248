package io.rolewire.audit.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Predicate;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Seals committed events into the global chain: gives each its position, previous hash and hash
 * (the rule of {@link ChainHasher}), in the order they were inserted, many per transaction.
 *
 * <p>Why after the commit: chaining inside each request's transaction made every save wait its
 * turn on the one chain head until the transaction before it had committed (seconds under 200
 * writers). Now a request only inserts its unsealed event; the sealer holds the head, once per
 * batch, for one short transaction. Sealers of several instances take turns on the head row.
 * Events committed out of insertion order are sealed by a later batch: positions follow the order
 * in which events became visible, which is all the chain needs.
 *
 * <p>When it runs: right after a commit that appended ({@link #wake()}; wakes arriving while a
 * seal runs coalesce into one more), on a schedule for events of other instances, and before
 * anything reads the chain ({@link #sealCommitted()}: checks, checkpoints, exports).
 */
final class EventSealer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventSealer.class);

    static final int BATCH = 500;

    private record Unsealed(long id, ChainedEvent event) {}

    private final JdbcClient jdbc;
    private final JdbcTemplate batchUpdate;
    private final ChainHead head;
    private final TransactionTemplate transaction;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "rolewire-event-sealer");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private final boolean embeddedH2;

    EventSealer(DataSource dataSource, TransactionTemplate transaction) {
        this.jdbc = JdbcClient.create(dataSource);
        this.embeddedH2 = isH2(dataSource);
        this.batchUpdate = new JdbcTemplate(dataSource);
        this.head = new ChainHead(jdbc);
        this.transaction = transaction;
    }

    /** Seals in the background, soon; returns at once. */
    void wake() {
        if (wakeQueued.compareAndSet(false, true)) {
            worker.execute(() -> {
                wakeQueued.set(false);
                sealQuietly();
            });
        }
    }

    /** Seals every event committed before this call; returns how many it sealed. */
    long sealCommitted() {
        long sealed = 0;
        int batch;
        do {
            Predicate<Long> durable = durableUnsealed();
            batch = transaction.execute(status -> sealBatch(durable));
            sealed += batch;
        } while (batch == BATCH);
        return sealed;
    }

    /**
     * Which unsealed events may be sealed now: on PostgreSQL every committed one. H2 makes a commit visible
     * to other sessions before it has written it to the file; sealing such an event and writing the seal
     * first would, after a kill -9, leave the event (its seal overwrote the insert) while the rest of its
     * transaction is rolled back: a run's event without its run. So on H2 the ids visible now are noted,
     * a CHECKPOINT writes everything committed to the file, and only those ids are sealed in this batch.
     */
    private Predicate<Long> durableUnsealed() {
        if (!embeddedH2) {
            return id -> true;
        }
        Set<Long> visible =
                new HashSet<>(jdbc.sql("select id from run_events where position is null order by id limit :batch")
                        .param("batch", BATCH)
                        .query(Long.class)
                        .list());
        jdbc.sql("checkpoint").update();
        return visible::contains;
    }

    private void sealQuietly() {
        try {
            sealCommitted();
        } catch (DataAccessException | TransactionException storeUnavailable) {
            // The events stay committed and unsealed; the next wake or the schedule seals them.
            log.warn("Could not seal events now, will retry: {}", storeUnavailable.getMessage());
        }
    }

    private int sealBatch(Predicate<Long> durable) {
        ChainHead.Link last = head.lock();
        List<Unsealed> events =
                unsealed().stream().filter(e -> durable.test(e.id())).toList();
        List<Object[]> seals = new ArrayList<>(events.size());
        for (Unsealed e : events) {
            ChainedEvent sealed = e.event().linkedAt(last.position() + 1, last.hash());
            String hash = ChainHasher.hash(last.hash(), sealed);
            seals.add(new Object[] {sealed.position(), sealed.previousHash(), hash, e.id()});
            last = new ChainHead.Link(sealed.position(), hash);
        }
        int[] updated = batchUpdate.batchUpdate(
                "update run_events set position = ?, previous_hash = ?, hash = ? where id = ? and position is null",
                seals);
        for (int count : updated) {
            if (count == 0) {
                // Only a second sealer without the head lock could do this: roll the batch back.
                throw new IllegalStateException("an event was sealed behind the chain head's back");
            }
        }
        return events.size();
    }

    private List<Unsealed> unsealed() {
        return jdbc.sql("""
                        select id, %s from run_events
                        where position is null order by id limit :batch
                        """.formatted(ChainedEvent.COLUMNS))
                .param("batch", BATCH)
                .query((rs, row) -> new Unsealed(rs.getLong("id"), ChainedEvent.read(rs)))
                .list();
    }

    private static boolean isH2(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return "H2".equals(connection.getMetaData().getDatabaseProductName());
        } catch (SQLException unavailable) {
            throw new IllegalStateException("cannot read the database's product name", unavailable);
        }
    }

    @Override
    public void close() {
        worker.shutdownNow();
    }
}
