package io.rolewire.audit.internal;

import io.rolewire.runs.LifecycleReplay;
import io.rolewire.runs.RunCreated;
import io.rolewire.runs.RunState;
import io.rolewire.runs.RunTransitioned;
import io.rolewire.runs.events.Approved;
import io.rolewire.runs.events.ReturnedToSubmitted;
import io.rolewire.runs.events.RunRecord;
import io.rolewire.runs.events.Unwired;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Keeps audit's own {@code history_runs} and {@code run_search_terms} from the typed events, so history
 * search and "where is this role wired?" never read the runs table. Synchronous like
 * {@link RunCreatedAuditor}: it runs in the transaction that creates or moves the run, so history never
 * shows a run or a status that did not commit, and a failure here rolls the change back.
 */
class HistoryRunsWriter {

    static final String TERM = "insert into run_search_terms (term, created_at, run_id) values (?, ?, ?)";

    private final JdbcTemplate jdbc;

    HistoryRunsWriter(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    /** The CREATED event carries the run's columns exactly as stored (its {@link RunRecord}). */
    @EventListener
    public void on(RunCreated created) {
        RunRecord run = created.event().record();
        var createdAt = Instant.parse(run.createdAt()).atOffset(ZoneOffset.UTC);
        jdbc.update(
                "insert into history_runs (id, status, workload, source_account_id, source_role_name,"
                        + " destination_account_id, destination_role_name, task_family, created_by, created_at,"
                        + " region, plan_hash, undoes_run_id)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                created.runId(),
                RunState.CREATED.status().name(),
                run.workload(),
                run.sourceAccountId(),
                run.sourceRoleName(),
                run.destinationAccountId(),
                run.destinationRoleName(),
                run.taskFamily(),
                run.createdBy(),
                createdAt,
                run.region(),
                run.planHash(),
                run.undoesRunId());
        List<String> terms =
                List.copyOf(SearchTerms.of(run.sourceRoleName(), run.destinationRoleName(), run.taskFamily()));
        jdbc.batchUpdate(TERM, terms, terms.size(), (ps, term) -> {
            ps.setString(1, term);
            ps.setObject(2, createdAt);
            ps.setLong(3, created.runId());
        });
    }

    /**
     * A transition's status does not depend on the state before it ({@link LifecycleReplay}); the approver
     * is set by an approval and cleared when a changed plan voids it, and kept by everything else.
     */
    @EventListener
    public void on(RunTransitioned transitioned) {
        if (transitioned.event() instanceof Unwired unwired) {
            // not a transition: the wiring is no longer in force ("where is this role wired?" skips it)
            jdbc.update(
                    "update history_runs set undone_by_run_id = ? where id = ?",
                    unwired.unwireRunId(),
                    transitioned.runId());
            return;
        }
        RunState after =
                LifecycleReplay.next(RunState.CREATED, transitioned.event(), transitioned.actor(), transitioned.at());
        if (after == RunState.CREATED) {
            return;
        }
        int updated;
        if (transitioned.event() instanceof Approved || transitioned.event() instanceof ReturnedToSubmitted) {
            String approver = transitioned.event() instanceof Approved ? transitioned.actor() : null;
            updated = jdbc.update(
                    "update history_runs set status = ?, approved_by = ? where id = ?",
                    after.status().name(),
                    approver,
                    transitioned.runId());
        } else {
            updated = jdbc.update(
                    "update history_runs set status = ? where id = ?",
                    after.status().name(),
                    transitioned.runId());
        }
        if (updated != 1) {
            throw new IllegalStateException("run " + transitioned.runId() + " is not in history_runs");
        }
    }
}
