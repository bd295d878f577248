package io.rolewire.audit.internal;

import io.rolewire.audit.ChainBreak;
import io.rolewire.audit.IntegrityReport;
import java.util.Iterator;

/**
 * One run's part of the chain, in position order: each event must match its own hash, link to the
 * event chained right before it (whichever run that belongs to), and carry the run's next seq.
 * A deletion at the very end of a run leaves no trace in the run itself: the whole-chain walk is
 * what catches that.
 */
final class RunChainCheck {

    /** A run's event with the hash of the event at the position before it (null if there is none). */
    record Linked(ChainedEvent event, String predecessorHash) {}

    private RunChainCheck() {}

    static IntegrityReport check(Iterator<Linked> rows) {
        long checked = 0;
        int expectedSeq = 1;
        Linked next = rows.hasNext() ? rows.next() : null;
        while (next != null) {
            Linked current = next;
            next = rows.hasNext() ? rows.next() : null;
            ChainBreak broken = check(current, expectedSeq, next);
            if (broken != null) {
                long at = broken == ChainBreak.DELETED && missingPredecessor(current)
                        ? current.event().position() - 1
                        : current.event().position();
                return IntegrityReport.broken(checked, at, broken);
            }
            checked++;
            expectedSeq++;
        }
        return IntegrityReport.intact(checked);
    }

    private static ChainBreak check(Linked current, int expectedSeq, Linked next) {
        ChainedEvent event = current.event();
        if (missingPredecessor(current)) {
            return ChainBreak.DELETED;
        }
        boolean expectedComesNext = next != null && next.event().seq() == expectedSeq;
        if (event.seq() < expectedSeq || (event.seq() > expectedSeq && expectedComesNext)) {
            return ChainBreak.REORDERED;
        }
        if (!event.selfConsistent()) {
            return ChainBreak.EDITED;
        }
        if (event.seq() > expectedSeq) {
            return ChainBreak.DELETED;
        }
        String link = event.position() == 1 ? ChainHasher.GENESIS : current.predecessorHash();
        return event.previousHash().equals(link) ? null : ChainBreak.EDITED;
    }

    private static boolean missingPredecessor(Linked current) {
        return current.event().position() > 1 && current.predecessorHash() == null;
    }
}
