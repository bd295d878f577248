package io.rolewire.apply.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The drift watch's own table (V18): when each wired run was last checked, and its drift. */
class JdbcDriftChecks {

    private static final int CHANGES_MAX = 4000;

    private final JdbcClient jdbc;

    JdbcDriftChecks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A run's drift as last recorded; empty when it never drifted or is as it was left again. */
    record Drift(long runId, Instant since, String changes) {}

    /**
     * Wired runs in force (VERIFIED or VERIFICATION_FAILED, not un-wired, access not ended by
     * {@code now}), never checked first, then checked longest ago. A wiring whose access has ended
     * is not drift: AWS refuses it by design, and the expiry watch un-wires it (ADR 019).
     */
    List<Long> due(Instant now, Instant checkedBefore, int limit) {
        return jdbc.sql("select r.id from runs r left join drift_checks d on d.run_id = r.id"
                        + " where r.status in ('VERIFIED', 'VERIFICATION_FAILED')"
                        + " and r.undoes_run_id is null and r.undone_by_run_id is null"
                        + " and (r.access_until is null or r.access_until > :now)"
                        + " and (d.checked_at is null or d.checked_at < :before)"
                        + " order by d.checked_at nulls first, r.id limit :limit")
                .param("now", now.atOffset(ZoneOffset.UTC))
                .param("before", Timestamp.from(checkedBefore))
                .param("limit", limit)
                .query(Long.class)
                .list();
    }

    long wired() {
        return jdbc.sql("select count(*) from runs where status in ('VERIFIED', 'VERIFICATION_FAILED')"
                        + " and undoes_run_id is null and undone_by_run_id is null")
                .query(Long.class)
                .single();
    }

    Optional<Drift> driftOf(long runId) {
        return jdbc.sql("select run_id, drifted_since, changes from drift_checks"
                        + " where run_id = :runId and drifted_since is not null")
                .param("runId", runId)
                .query((rs, row) -> new Drift(
                        rs.getLong("run_id"), rs.getTimestamp("drifted_since").toInstant(), rs.getString("changes")))
                .optional();
    }

    /** Drifted runs still in force (an un-wired one's drift is over), longest drifted first. */
    List<Drift> drifted(int limit) {
        return jdbc.sql("select d.run_id, d.drifted_since, d.changes from drift_checks d join runs r on r.id = d.run_id"
                        + " where d.drifted_since is not null and r.undone_by_run_id is null"
                        + " order by d.drifted_since, d.run_id limit :limit")
                .param("limit", limit)
                .query((rs, row) -> new Drift(
                        rs.getLong("run_id"), rs.getTimestamp("drifted_since").toInstant(), rs.getString("changes")))
                .list();
    }

    long countDrifted() {
        return jdbc.sql("select count(*) from drift_checks d join runs r on r.id = d.run_id"
                        + " where d.drifted_since is not null and r.undone_by_run_id is null")
                .query(Long.class)
                .single();
    }

    /** @param drift null when the run is as it was left */
    void record(long runId, Instant checkedAt, Drift drift) {
        Timestamp since = drift == null ? null : Timestamp.from(drift.since());
        String changes = drift == null ? null : clip(drift.changes());
        int updated = jdbc.sql("update drift_checks set checked_at = :at, drifted_since = :since, changes = :changes"
                        + " where run_id = :runId")
                .param("at", Timestamp.from(checkedAt))
                .param("since", since)
                .param("changes", changes)
                .param("runId", runId)
                .update();
        if (updated == 0) {
            jdbc.sql("insert into drift_checks (run_id, checked_at, drifted_since, changes)"
                            + " values (:runId, :at, :since, :changes)")
                    .param("runId", runId)
                    .param("at", Timestamp.from(checkedAt))
                    .param("since", since)
                    .param("changes", changes)
                    .update();
        }
    }

    private static String clip(String text) {
        return text.length() <= CHANGES_MAX ? text : text.substring(0, CHANGES_MAX - 1) + "…";
    }
}
