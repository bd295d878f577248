package io.rolewire.audit.internal;

import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.WiringInput;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Audit's history_runs row follows the run through its lifecycle, from the typed events alone. */
@PersistenceSlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class HistoryRunsWriterTest {

    static final ActingUser OPERATOR = ActingUser.of("operator", ActingUser.OPERATOR);
    static final ActingUser ADMIN = ActingUser.of("admin", ActingUser.ADMIN);

    @Autowired
    Runs runs;

    @Autowired
    RunLifecycle lifecycle;

    @Autowired
    JdbcTemplate sql;

    @Test
    void aNewRunIsInHistoryWithItsStoredColumnsAndSearchTerms() {
        WiringInput input = ecsInput("111122223333", "history-task", "555566667777", "history-reader");
        Run run = runs.createDraft(input, previewFor(input), new Actor("operator"));

        assertThat(historyRow(run.id()))
                .containsEntry("status", "DRAFT")
                .containsEntry("source_role_name", "history-task")
                .containsEntry("destination_account_id", "555566667777")
                .containsEntry("created_by", "operator")
                .containsEntry("approved_by", null);
        assertThat(columnsAsStored(run.id()))
                .as("the same columns as the runs table")
                .isTrue();
        assertThat(sql.queryForObject(
                        "select count(*) from run_search_terms where run_id = ? and term = 'history-r'",
                        Integer.class,
                        run.id()))
                .isEqualTo(1);
    }

    @Test
    void statusAndApproverFollowEveryTransition() {
        WiringInput input = ecsInput("111122223333", "history-task", "555566667777", "history-reader");
        Run run = runs.createDraft(input, previewFor(input), new Actor("operator"));

        lifecycle.submit(run.id(), OPERATOR);
        assertThat(historyRow(run.id())).containsEntry("status", "SUBMITTED");
        lifecycle.approve(run.id(), ADMIN, run.planHash());
        assertThat(historyRow(run.id())).containsEntry("status", "APPROVED").containsEntry("approved_by", "admin");
        lifecycle.returnToSubmitted(run.id(), ADMIN, "the live plan changed");
        assertThat(historyRow(run.id()))
                .as("a voided approval has no approver")
                .containsEntry("status", "SUBMITTED")
                .containsEntry("approved_by", null);
        lifecycle.reject(run.id(), ADMIN, "not this role");
        assertThat(historyRow(run.id())).containsEntry("status", "REJECTED");
        assertThat(columnsAsStored(run.id())).isTrue();
    }

    private Map<String, Object> historyRow(long id) {
        return sql.queryForMap(
                "select status, source_role_name, destination_account_id, created_by, approved_by"
                        + " from history_runs where id = ?",
                id);
    }

    /** What history shows is what the runs module stored (read here, in a test, on purpose). */
    private boolean columnsAsStored(long id) {
        return sql.queryForObject(
                        "select count(*) from history_runs h join runs r on r.id = h.id where h.id = ?"
                                + " and h.status = r.status and h.workload = r.workload"
                                + " and h.source_account_id = r.source_account_id and h.source_role_name = r.source_role_name"
                                + " and h.destination_account_id = r.destination_account_id"
                                + " and h.destination_role_name = r.destination_role_name"
                                + " and coalesce(h.task_family, '') = coalesce(r.task_family, '')"
                                + " and h.created_by = r.created_by and h.created_at = r.created_at"
                                + " and coalesce(h.approved_by, '') = coalesce(r.approved_by, '')",
                        Integer.class,
                        id)
                == 1;
    }
}
