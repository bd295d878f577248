package io.rolewire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.audit.ChainBreak;
import io.rolewire.audit.IntegrityReport;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The walk's verdicts on chains built in memory and tampered with in every way we know. */
class ChainWalkTest {

    @Test
    void anIntactChainIsOkWithEveryEventCounted() {
        assertThat(ChainWalk.walk(chain(5).iterator())).isEqualTo(IntegrityReport.intact(5));
        assertThat(ChainWalk.walk(List.<ChainedEvent>of().iterator())).isEqualTo(IntegrityReport.intact(0));
    }

    @Test
    void anEditedDetailIsFoundAtItsPosition() {
        List<ChainedEvent> events = chain(5);
        ChainedEvent third = events.get(2);
        events.set(2, copy(third, third.position(), "{\"by\":\"mallory\"}", third.previousHash(), third.hash()));

        assertThat(ChainWalk.walk(events.iterator())).isEqualTo(IntegrityReport.broken(2, 3, ChainBreak.EDITED));
    }

    @Test
    void anEditWhoseHashWasRecomputedBreaksTheNextLink() {
        List<ChainedEvent> events = chain(5);
        ChainedEvent third = events.get(2);
        ChainedEvent forged = copy(third, 3, "{\"by\":\"mallory\"}", third.previousHash(), null);
        events.set(
                2,
                copy(
                        forged,
                        3,
                        forged.detail(),
                        forged.previousHash(),
                        ChainHasher.hash(third.previousHash(), forged)));

        assertThat(ChainWalk.walk(events.iterator())).isEqualTo(IntegrityReport.broken(3, 4, ChainBreak.EDITED));
    }

    @Test
    void aDeletedEventIsTheGapInThePositions() {
        List<ChainedEvent> events = chain(5);
        events.remove(1);

        assertThat(ChainWalk.walk(events.iterator())).isEqualTo(IntegrityReport.broken(1, 2, ChainBreak.DELETED));
    }

    @Test
    void aForgedEventSlippedInIsInsertedAtItsPosition() {
        List<ChainedEvent> events = chain(5);
        List<ChainedEvent> tampered = new ArrayList<>(events.subList(0, 2));
        ChainedEvent model = events.get(2);
        tampered.add(copy(model, 3, "{\"forged\":true}", events.get(1).hash(), "ab".repeat(32)));
        events.subList(2, 5)
                .forEach(e -> tampered.add(copy(e, e.position() + 1, e.detail(), e.previousHash(), e.hash())));

        assertThat(ChainWalk.walk(tampered.iterator())).isEqualTo(IntegrityReport.broken(2, 3, ChainBreak.INSERTED));
    }

    @Test
    void aForgedEventAtTheEndThatLinksNowhereIsInserted() {
        List<ChainedEvent> events = chain(3);
        events.add(copy(events.get(2), 4, "{}", "cd".repeat(32), "ab".repeat(32)));

        assertThat(ChainWalk.walk(events.iterator())).isEqualTo(IntegrityReport.broken(3, 4, ChainBreak.INSERTED));
    }

    @Test
    void twoEventsThatSwappedPlacesAreReordered() {
        List<ChainedEvent> events = chain(5);
        ChainedEvent second = events.get(1);
        ChainedEvent third = events.get(2);
        events.set(1, third.at(2));
        events.set(2, second.at(3));

        assertThat(ChainWalk.walk(events.iterator())).isEqualTo(IntegrityReport.broken(1, 2, ChainBreak.REORDERED));
    }

    static List<ChainedEvent> chain(int length) {
        List<ChainedEvent> events = new ArrayList<>();
        String previous = ChainHasher.GENESIS;
        for (int position = 1; position <= length; position++) {
            ChainedEvent unhashed = new ChainedEvent(
                    (long) position,
                    9L,
                    position,
                    "NOTE",
                    "operator",
                    Instant.parse("2026-11-22T12:00:00Z"),
                    "{\"n\":" + position + "}",
                    previous,
                    null);
            String hash = ChainHasher.hash(previous, unhashed);
            events.add(copy(unhashed, position, unhashed.detail(), previous, hash));
            previous = hash;
        }
        return events;
    }

    static ChainedEvent copy(ChainedEvent e, long position, String detail, String previousHash, String hash) {
        return new ChainedEvent(position, e.runId(), e.seq(), e.type(), e.actor(), e.at(), detail, previousHash, hash);
    }
}
