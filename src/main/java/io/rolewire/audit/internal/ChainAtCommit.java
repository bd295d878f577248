package io.rolewire.audit.internal;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Chains a transaction's events just before it commits, in the order they were appended. The
 * chain head is locked there (see {@link ChainHead}) and held only for these inserts and the
 * commit itself: appends from many requests then wait on each other for milliseconds, not for the
 * rest of each other's work. A transaction that rolls back never reaches the chain.
 *
 * <p>Within one instance the committers first queue on a fair lock of their own, held from
 * {@code beforeCommit} to {@code afterCompletion}, so at most one of them at a time waits on the
 * database's row lock: a database lock timeout (H2's is seconds) then never fails a request that
 * is only waiting for its turn, however many there are. Instances sharing a database still take
 * turns on the row lock.
 */
final class ChainAtCommit {

    /** An event numbered in its run but not chained yet; {@code runId} and {@code seq} null for audit events. */
    record Pending(Long runId, Integer seq, String type, String actor, java.time.Instant at, String detail) {}

    private final JdbcClient jdbc;
    private final ChainHead head;
    private final ReentrantLock turn = new ReentrantLock(true);

    ChainAtCommit(JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.head = new ChainHead(jdbc);
    }

    void add(Pending event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            turn.lock();
            try {
                chain(List.of(event));
            } finally {
                turn.unlock();
            }
            return;
        }
        pendingOfThisTransaction().add(event);
    }

    @SuppressWarnings("unchecked")
    private List<Pending> pendingOfThisTransaction() {
        List<Pending> pending = (List<Pending>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            List<Pending> created = new ArrayList<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    turn.lock();
                    chain(created);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(ChainAtCommit.this);
                    if (turn.isHeldByCurrentThread()) {
                        turn.unlock();
                    }
                }
            });
            pending = created;
        }
        return pending;
    }

    private void chain(List<Pending> events) {
        if (events.isEmpty()) {
            return;
        }
        ChainHead.Link last = head.lock();
        for (Pending e : events) {
            ChainedEvent unhashed = new ChainedEvent(
                    last.position() + 1,
                    e.runId(),
                    e.seq(),
                    e.type(),
                    e.actor(),
                    e.at(),
                    e.detail(),
                    last.hash(),
                    null);
            String hash = ChainHasher.hash(last.hash(), unhashed);
            insert(unhashed, hash);
            last = new ChainHead.Link(unhashed.position(), hash);
        }
    }

    private void insert(ChainedEvent e, String hash) {
        jdbc.sql("insert into run_events (" + ChainedEvent.COLUMNS + ") values (:position, :runId, :seq, :type,"
                        + " :actor, :at, :detail, :previousHash, :hash, :scheme)")
                .param("position", e.position())
                .param("runId", e.runId(), java.sql.Types.BIGINT)
                .param("seq", e.seq(), java.sql.Types.INTEGER)
                .param("type", e.type())
                .param("actor", e.actor())
                .param("at", e.at().atOffset(ZoneOffset.UTC))
                .param("detail", e.detail())
                .param("previousHash", e.previousHash())
                .param("hash", hash)
                .param("scheme", ChainHasher.EXACT)
                .update();
    }
}
