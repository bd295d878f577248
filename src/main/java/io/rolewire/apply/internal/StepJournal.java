package io.rolewire.apply.internal;

import io.rolewire.apply.ApplyStep;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;

/**
 * One attempt's step records and step events, written in the order the steps produced them but off
 * the steps' own threads: a step that has AWS's answer hands its record over and the steps waiting
 * for it start at once, instead of after a row update and a chained event (issue 9's wall time).
 *
 * <p>The records lag the calls by a few milliseconds; they always did by one write (a step records
 * after AWS answered), and a resumed attempt reads every step that is not recorded in place again,
 * so nothing a crash loses here is a write made twice. Once a record fails (the database is gone),
 * the later ones are not written, {@link #broken()} stops the steps before their next AWS write, and
 * {@link #flush()} throws the failure.
 */
final class StepJournal {

    private final StepRecords store;
    private final StepEvents events;
    private final Executor writer;
    private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

    /** @param writer runs the records one at a time ({@link Runnable#run} writes them on the caller's thread) */
    StepJournal(StepRecords store, StepEvents events, Executor writer) {
        this.store = store;
        this.events = events;
        this.writer = writer;
    }

    void updated(ApplyStep step, long runId) {
        append(() -> store.updateStep(step, runId));
    }

    void finished(long runId, String eventType, ApplyStep step, String actor) {
        append(() -> {
            store.updateStep(step, runId);
            events.finished(runId, eventType, step, actor);
        });
    }

    void retried(
            ApplyStep running,
            long runId,
            ApplyStep step,
            int call,
            String code,
            String requestId,
            String actor,
            Instant at) {
        append(() -> {
            store.updateStep(running, runId);
            events.retried(runId, step, call, code, requestId, actor, at);
        });
    }

    /** True once a record failed: the attempt must not write to AWS what it cannot record. */
    synchronized boolean broken() {
        return tail.isCompletedExceptionally();
    }

    /** Waits for every record handed over so far. @throws RuntimeException the first record's failure */
    void flush() {
        CompletableFuture<Void> last;
        synchronized (this) {
            last = tail;
        }
        try {
            last.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** The failure that broke the journal. */
    RuntimeException failure() {
        try {
            flush();
            return new IllegalStateException("the step records are not broken");
        } catch (RuntimeException e) {
            return e;
        }
    }

    private synchronized void append(Runnable record) {
        tail = tail.thenRunAsync(record, writer);
    }
}
