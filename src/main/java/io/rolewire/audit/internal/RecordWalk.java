package io.rolewire.audit.internal;

import io.rolewire.audit.IntegrityReport;
import io.rolewire.runs.StoredRun;
import io.rolewire.runs.events.Unrecognized;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Walks the stored runs (in id order) beside the run events (in run id, seq order), a merge of two
 * sorted streams, and reports the first run whose stored record differs from its events. Memory
 * holds one run's events at a time.
 */
final class RecordWalk {

    /** Pushes every stored run, in id order, to the consumer. */
    interface StoredSource {
        void forEach(Consumer<StoredRun> sink);
    }

    private RecordWalk() {}

    static IntegrityReport walk(long checked, Iterator<ChainedEvent> events, StoredSource stored) {
        Merge merge = new Merge(events);
        stored.forEach(run -> merge.next(run));
        merge.rest();
        return merge.found == null ? IntegrityReport.intact(checked) : merge.found.report(checked);
    }

    static IntegrityReport single(long checked, long runId, List<ChainedEvent> events, Optional<StoredRun> stored) {
        Found found = check(runId, events, stored);
        return found == null ? IntegrityReport.intact(checked) : found.report(checked);
    }

    private static Found check(long runId, List<ChainedEvent> events, Optional<StoredRun> stored) {
        for (ChainedEvent e : events) {
            if (EventCodec.decode(e.type(), e.detail()) instanceof Unrecognized u) {
                return checkedCount -> IntegrityReport.unreadable(
                        checkedCount, e.sealed() ? e.position() : 0, runId, e.type(), u.problem());
            }
        }
        return RecordCheck.compare(runId, events, stored)
                .<Found>map(d -> checkedCount ->
                        IntegrityReport.recordChanged(checkedCount, d.runId(), d.record(), d.stored(), d.recorded()))
                .orElse(null);
    }

    @FunctionalInterface
    private interface Found {
        IntegrityReport report(long checked);
    }

    /** The merge state: the next unread event, and the first difference found (then it stops). */
    private static final class Merge {
        private final Iterator<ChainedEvent> events;
        private ChainedEvent lookahead;
        private Found found;

        Merge(Iterator<ChainedEvent> events) {
            this.events = events;
            this.lookahead = events.hasNext() ? events.next() : null;
        }

        void next(StoredRun run) {
            if (found != null) {
                return;
            }
            while (found == null && lookahead != null && lookahead.runId() < run.runId()) {
                long orphan = lookahead.runId();
                found = check(orphan, eventsOf(orphan), Optional.empty());
            }
            if (found == null) {
                found = check(run.runId(), eventsOf(run.runId()), Optional.of(run));
            }
        }

        void rest() {
            while (found == null && lookahead != null) {
                long orphan = lookahead.runId();
                found = check(orphan, eventsOf(orphan), Optional.empty());
            }
        }

        private List<ChainedEvent> eventsOf(long runId) {
            List<ChainedEvent> of = new ArrayList<>();
            while (lookahead != null && lookahead.runId() == runId) {
                of.add(lookahead);
                lookahead = events.hasNext() ? events.next() : null;
            }
            return of;
        }
    }
}
