package io.rolewire.runs.internal;

import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.Integrity;
import io.rolewire.audit.RunEvent;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Approvals;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.WiringInput;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * An admin approving a run with an end of access may approve its un-wire at that end in advance
 * (ADR 019): stored with the approval, on the record, and gone when the approval is.
 */
@PersistenceSlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class UnwireApprovedInAdvanceTest {

    static final ActingUser OPERATOR = ActingUser.of("operator", ActingUser.OPERATOR);
    static final ActingUser ADMIN = ActingUser.of("admin", ActingUser.ADMIN);
    static final Instant END = Instant.parse("2099-01-31T00:00:00Z");

    @Autowired
    Runs runs;

    @Autowired
    RunLifecycle lifecycle;

    @Autowired
    Approvals approvals;

    @Autowired
    EventLog eventLog;

    @Autowired
    Integrity integrity;

    @Autowired
    JdbcClient jdbc;

    private Run submitted(Instant accessUntil) {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader")
                .withAccessUntil(accessUntil);
        Run draft = runs.createDraft(input, previewFor(input), new Actor("operator"));
        lifecycle.submit(draft.id(), OPERATOR);
        return draft;
    }

    @Test
    void theEndOfAccessIsKeptInItsOwnColumnToo() {
        Run run = submitted(END);

        OffsetDateTime stored = jdbc.sql("select access_until from runs where id = :id")
                .param("id", run.id())
                .query(OffsetDateTime.class)
                .single();

        assertThat(stored.toInstant()).isEqualTo(END);
        assertThat(runs.find(run.id()).orElseThrow().accessUntil()).contains(END);
    }

    @Test
    void approvedInAdvanceIsStoredRecordedAndMatchesTheRecord() {
        Run run = submitted(END);

        approvals.approve(run.id(), ADMIN, run.planHash(), true);

        Run found = runs.find(run.id()).orElseThrow();
        assertThat(found.unwireApprovedInAdvance()).isTrue();
        List<RunEvent> events = eventLog.eventsOf(run.id());
        assertThat(events.get(events.size() - 1).detail())
                .isEqualTo("{\"planHash\":\"" + run.planHash() + "\",\"unwireAtExpiry\":true}");
        assertThat(integrity.verifyRun(run.id()).ok()).isTrue();
    }

    @Test
    void anApprovalWithoutTheOptionLeavesTheUnwireForItsOwnApproval() {
        Run run = submitted(END);

        approvals.approve(run.id(), ADMIN, run.planHash(), false);

        assertThat(runs.find(run.id()).orElseThrow().unwireApprovedInAdvance()).isFalse();
        assertThat(integrity.verifyRun(run.id()).ok()).isTrue();
    }

    @Test
    void withoutAnEndOfAccessThereIsNothingToApproveInAdvance() {
        Run run = submitted(null);

        approvals.approve(run.id(), ADMIN, run.planHash(), true);

        assertThat(runs.find(run.id()).orElseThrow().unwireApprovedInAdvance()).isFalse();
    }

    @Test
    void theOptionGoesWithTheApprovalWhenThePlanChanges() {
        Run run = submitted(END);
        approvals.approve(run.id(), ADMIN, run.planHash(), true);

        lifecycle.returnToSubmitted(run.id(), ADMIN, "the live plan changed");

        assertThat(runs.find(run.id()).orElseThrow().unwireApprovedInAdvance()).isFalse();
        assertThat(integrity.verifyRun(run.id()).ok()).isTrue();
    }

    @Test
    void aColumnSetOutsideRolewireIsFoundByTheIntegrityCheck() {
        Run run = submitted(END);
        approvals.approve(run.id(), ADMIN, run.planHash(), false);

        jdbc.sql("update runs set unwire_approved_in_advance = true where id = :id")
                .param("id", run.id())
                .update();

        assertThat(integrity.verifyRun(run.id()).ok()).isFalse();
        assertThat(integrity.verifyRun(run.id()).toString()).contains("unwire_approved_in_advance");
    }
}
