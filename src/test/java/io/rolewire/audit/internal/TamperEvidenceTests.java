package io.rolewire.audit.internal;

import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.audit.ChainBreak;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.Integrity;
import io.rolewire.audit.IntegrityReport;
import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.Runs;
import io.rolewire.runs.events.LivePlanRead;
import io.rolewire.wiring.WiringInput;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An attacker with DBA rights switches the append-only trigger off and edits, deletes, inserts and
 * reorders events with raw SQL: the chain check must find each at the right position. Each test
 * puts the rows back afterwards (the database is shared with other tests) and proves the chain is
 * whole again. Subclasses say how their database switches the trigger off and on.
 */
@PersistenceSlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class TamperEvidenceTests {

    @Autowired
    JdbcTemplate sql;

    @Autowired
    Integrity integrity;

    @Autowired
    EventLog eventLog;

    @Autowired
    Runs runs;

    long run;
    List<Long> positions;

    abstract void disableAppendOnlyTrigger();

    abstract void enableAppendOnlyTrigger();

    @BeforeEach
    void aRunWithFourEventsOnAnIntactChain() {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader");
        run = runs.createDraft(input, previewFor(input), new Actor("operator")).id();
        for (String hash : List.of("a1", "b2", "c3")) {
            eventLog.append(run, new LivePlanRead(hash, Map.of("111122223333", "read")), "admin", Instant.now());
        }
        // The check seals what is committed first: the events have their positions after it.
        assertThat(integrity.verifyChain().ok())
                .as("the chain before tampering")
                .isTrue();
        positions = sql.queryForList("select position from run_events where run_id = ? order by seq", Long.class, run);
        assertThat(positions).doesNotContainNull();
        assertThat(integrity.verifyRun(run)).isEqualTo(IntegrityReport.intact(4));
    }

    @Test
    void anUpdatedEventIsFoundAsEdited() {
        long third = positions.get(2);
        String original = sql.queryForObject("select detail from run_events where position = ?", String.class, third);

        Reports found = tampered(
                () -> sql.update("update run_events set detail = '{\"step\":\"FORGED\"}' where position = ?", third),
                () -> sql.update("update run_events set detail = ? where position = ?", original, third));

        assertThat(found.chain()).isEqualTo(IntegrityReport.broken(third - 1, third, ChainBreak.EDITED));
        assertThat(found.run()).isEqualTo(IntegrityReport.broken(2, third, ChainBreak.EDITED));
    }

    @Test
    void aDeletedEventIsFoundAtItsPosition() {
        long second = positions.get(1);

        Reports found = tampered(
                () -> {
                    sql.execute("create table tampered_copy as select * from run_events where position = " + second);
                    sql.update("delete from run_events where position = ?", second);
                },
                () -> {
                    sql.execute("insert into run_events select * from tampered_copy");
                    sql.execute("drop table tampered_copy");
                });

        assertThat(found.chain()).isEqualTo(IntegrityReport.broken(second - 1, second, ChainBreak.DELETED));
        assertThat(found.run()).isEqualTo(IntegrityReport.broken(1, second, ChainBreak.DELETED));
    }

    @Test
    void aForgedEventWithAPlausibleHashIsFoundAsInserted() {
        long third = positions.get(2);
        String link = sql.queryForObject("select hash from run_events where position = ?", String.class, third - 1);

        Reports found = tampered(
                () -> {
                    shiftFrom(third, +1);
                    sql.update("""
                            insert into run_events (run_id, seq, type, actor, occurred_at, detail, position,
                                                    previous_hash, hash)
                            values (?, 5, 'APPROVED', 'admin2', current_timestamp, '{}', ?, ?, ?)
                            """, run, third, link, "ab".repeat(32));
                },
                () -> {
                    sql.update("delete from run_events where position = ?", third);
                    shiftFrom(third + 1, -1);
                });

        assertThat(found.chain()).isEqualTo(IntegrityReport.broken(third - 1, third, ChainBreak.INSERTED));
        assertThat(found.run().ok()).isFalse();
        assertThat(found.run().brokenAt()).isEqualTo(third);
    }

    @Test
    void twoEventsThatSwappedPlacesAreFoundAsReordered() {
        long second = positions.get(1);
        long third = positions.get(2);
        long aside = third + 1_000_000;
        Runnable swap = () -> {
            sql.update("update run_events set position = ? where position = ?", aside, second);
            sql.update("update run_events set position = ? where position = ?", second, third);
            sql.update("update run_events set position = ? where position = ?", third, aside);
        };

        Reports found = tampered(swap, swap);

        assertThat(found.chain()).isEqualTo(IntegrityReport.broken(second - 1, second, ChainBreak.REORDERED));
        assertThat(found.run()).isEqualTo(IntegrityReport.broken(1, second, ChainBreak.REORDERED));
    }

    @Test
    void aWhitespaceOnlyChangeOfAnEventsStoredDetailIsFoundAsEdited() {
        long third = positions.get(2);
        String original = sql.queryForObject("select detail from run_events where position = ?", String.class, third);

        Reports found = tampered(
                () -> sql.update("update run_events set detail = ? where position = ?", original + " ", third),
                () -> sql.update("update run_events set detail = ? where position = ?", original, third));

        assertThat(found.chain()).isEqualTo(IntegrityReport.broken(third - 1, third, ChainBreak.EDITED));
        assertThat(found.run()).isEqualTo(IntegrityReport.broken(2, third, ChainBreak.EDITED));
    }

    @Test
    void aChangedRoleNameColumnIsNamedWithTheRunAndBothValues() {
        assertRecordChange("runs", "source_role_name", "evil-task", "runs.source_role_name", "evil-task", "app-task");
    }

    @Test
    void aChangedInputIsNamed() {
        String input = sql.queryForObject("select input_json from runs where id = ?", String.class, run);

        Reports found = tamperedRow("runs", "input_json", input.replace("app-task", "evil-task"));

        assertThat(found.chain())
                .extracting(IntegrityReport::reason, IntegrityReport::runId, IntegrityReport::record)
                .containsExactly(ChainBreak.RECORD_CHANGED, run, "runs.input_json");
        assertThat(found.run())
                .usingRecursiveComparison()
                .ignoringFields("checked")
                .isEqualTo(found.chain());
    }

    @Test
    void aChangedDocumentIsNamedByItsPosition() {
        String policy = sql.queryForObject(
                "select content from run_documents where run_id = ? and position = 0", String.class, run);
        Runnable set = () -> sql.update(
                "update run_documents set content = ? where run_id = ? and position = 0",
                policy.replace("reporting-reader", "admin"),
                run);
        Runnable undo =
                () -> sql.update("update run_documents set content = ? where run_id = ? and position = 0", policy, run);

        Reports found = tampered(set, undo);

        assertThat(found.chain())
                .extracting(IntegrityReport::reason, IntegrityReport::runId, IntegrityReport::record)
                .containsExactly(ChainBreak.RECORD_CHANGED, run, "run_documents[0].content");
        assertThat(found.run())
                .usingRecursiveComparison()
                .ignoringFields("checked")
                .isEqualTo(found.chain());
    }

    @Test
    void aChangedStatusOrApprovalIsNamed() {
        assertRecordChange("runs", "status", "APPROVED", "runs.status", "APPROVED", "DRAFT");
        assertRecordChange("runs", "approved_by", "admin", "runs.approved_by", "admin", "null");
        assertRecordChange("runs", "findings_json", "[]", "runs.findings_json", null, null);
    }

    @Test
    void aDeletedDocumentIsFound() {
        Reports found = tampered(
                () -> {
                    sql.execute("create table tampered_doc as select * from run_documents where run_id = " + run
                            + " and position = 3");
                    sql.update("delete from run_documents where run_id = ? and position = 3", run);
                },
                () -> {
                    sql.execute("insert into run_documents select * from tampered_doc");
                    sql.execute("drop table tampered_doc");
                });

        assertThat(found.chain())
                .extracting(IntegrityReport::reason, IntegrityReport::runId, IntegrityReport::record)
                .containsExactly(ChainBreak.RECORD_CHANGED, run, "run_documents.size");
        assertThat(found.run())
                .usingRecursiveComparison()
                .ignoringFields("checked")
                .isEqualTo(found.chain());
    }

    private void assertRecordChange(
            String table, String column, String value, String record, String stored, String recorded) {
        Reports found = tamperedRow(table, column, value);

        assertThat(found.chain())
                .extracting(IntegrityReport::reason, IntegrityReport::runId, IntegrityReport::record)
                .containsExactly(ChainBreak.RECORD_CHANGED, run, record);
        if (stored != null) {
            assertThat(found.chain().stored()).isEqualTo(stored);
            assertThat(found.chain().recorded()).isEqualTo(recorded);
        }
        assertThat(found.run())
                .usingRecursiveComparison()
                .ignoringFields("checked")
                .isEqualTo(found.chain());
    }

    /** Sets one column of the run's row, checks, and puts the stored value back. */
    private Reports tamperedRow(String table, String column, String value) {
        String original =
                sql.queryForObject("select " + column + " from " + table + " where id = ?", String.class, run);
        return tampered(
                () -> sql.update("update " + table + " set " + column + " = ? where id = ?", value, run),
                () -> sql.update("update " + table + " set " + column + " = ? where id = ?", original, run));
    }

    record Reports(IntegrityReport chain, IntegrityReport run) {}

    /** Tampers, verifies, and always undoes the tampering and re-arms the trigger. */
    Reports tampered(Runnable tamper, Runnable undo) {
        disableAppendOnlyTrigger();
        try {
            tamper.run();
            try {
                return new Reports(integrity.verifyChain(), integrity.verifyRun(run));
            } finally {
                undo.run();
            }
        } finally {
            enableAppendOnlyTrigger();
            assertThat(integrity.verifyChain().ok())
                    .as("the chain after undoing")
                    .isTrue();
        }
    }

    /** Moves every event from {@code position} on by one, in an order that never collides. */
    void shiftFrom(long position, int by) {
        String order = by > 0 ? "desc" : "asc";
        for (Long each : sql.queryForList(
                "select position from run_events where position >= ? order by position " + order,
                Long.class,
                position)) {
            sql.update("update run_events set position = ? where position = ?", each + by, each);
        }
    }
}
