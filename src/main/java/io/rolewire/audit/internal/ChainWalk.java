package io.rolewire.audit.internal;

import io.rolewire.audit.ChainBreak;
import io.rolewire.audit.IntegrityReport;
import java.util.Iterator;

/**
 * Walks the whole chain in position order and stops at the first broken link. It holds the
 * previous and the next event only (a window of three), so memory stays constant however long
 * the chain is. Pure: the rows come from any iterator.
 */
final class ChainWalk {

    private ChainWalk() {}

    static IntegrityReport walk(Iterator<ChainedEvent> rows) {
        long checked = 0;
        long previousPosition = 0;
        String previousHash = ChainHasher.GENESIS;
        ChainedEvent next = rows.hasNext() ? rows.next() : null;
        while (next != null) {
            ChainedEvent current = next;
            next = rows.hasNext() ? rows.next() : null;
            IntegrityReport broken = check(checked, previousPosition, previousHash, current, next);
            if (broken != null) {
                return broken;
            }
            checked++;
            previousPosition = current.position();
            previousHash = current.hash();
        }
        return IntegrityReport.intact(checked);
    }

    /** Null when {@code current} is chained right after the previous event. */
    static IntegrityReport check(
            long checked, long previousPosition, String previousHash, ChainedEvent current, ChainedEvent next) {
        long expected = previousPosition + 1;
        if (current.position() > expected) {
            return IntegrityReport.broken(checked, expected, ChainBreak.DELETED);
        }
        if (current.position() < expected) {
            return IntegrityReport.broken(checked, current.position(), ChainBreak.INSERTED);
        }
        boolean linked = current.previousHash().equals(previousHash);
        boolean consistent = current.selfConsistent();
        if (linked && consistent) {
            return null;
        }
        return IntegrityReport.broken(checked, expected, kind(linked, consistent, previousHash, current, next));
    }

    /**
     * The evidence for each kind. The next event links to the previous one: if {@code current}
     * links to the next, the two swapped places; if not, {@code current} was slipped in between. A
     * row that matches its own hash but not the chain before it means that chain was rewritten.
     */
    private static ChainBreak kind(
            boolean linked, boolean consistent, String previousHash, ChainedEvent current, ChainedEvent next) {
        boolean nextBelongsHere = next != null && next.previousHash().equals(previousHash);
        if (nextBelongsHere && current.previousHash().equals(next.hash())) {
            return ChainBreak.REORDERED;
        }
        if (nextBelongsHere && linked) {
            return ChainBreak.INSERTED;
        }
        if (linked || consistent) {
            return ChainBreak.EDITED;
        }
        return ChainBreak.INSERTED;
    }
}
