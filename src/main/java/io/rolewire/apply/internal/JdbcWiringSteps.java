package io.rolewire.apply.internal;

import io.rolewire.runs.Run;
import io.rolewire.wiring.Unwiring;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a wiring run added, from its recorded steps of every attempt: a step DONE wrote it (a step
 * SKIPPED found it in place, made by someone else or an earlier run, and it is not the run's to
 * remove). A retry skips what an earlier attempt made, hence every attempt.
 */
class JdbcWiringSteps {

    private final JdbcClient jdbc;

    JdbcWiringSteps(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Unwiring added(Run wiring) {
        List<String> createdRoles = done(wiring.id(), List.of(ApplyRunner.SOURCE_ROLE, ApplyRunner.DESTINATION_ROLE));
        return new Unwiring(
                wiring.id(),
                createdRoles,
                !done(wiring.id(), List.of("instance.profile")).isEmpty(),
                !done(wiring.id(), List.of("instance.profile.role")).isEmpty(),
                newestDone(wiring.id(), "task.definition").orElse(null));
    }

    /** The targets (role ARNs) of the DONE steps with these keys. */
    private List<String> done(long runId, List<String> keys) {
        return jdbc.sql("select distinct target from apply_steps"
                        + " where run_id = :runId and outcome = 'DONE' and step_key in (:keys) order by target")
                .param("runId", runId)
                .param("keys", keys)
                .query(String.class)
                .list();
    }

    /** The revision the latest DONE registration returned. */
    private Optional<String> newestDone(long runId, String key) {
        return jdbc.sql("select target from apply_steps where run_id = :runId and outcome = 'DONE'"
                        + " and step_key = :key order by attempt desc limit 1")
                .param("runId", runId)
                .param("key", key)
                .query(String.class)
                .optional();
    }
}
