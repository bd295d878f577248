package io.rolewire.runs.internal;

import io.rolewire.runs.AccessEnding;
import io.rolewire.runs.AccessEnds;
import io.rolewire.runs.RunStatus;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

/**
 * One range scan of {@code ix_runs_access_until}; the status filter keeps wirings that were applied
 * and verified. VERIFICATION_FAILED is kept: once the end has passed the drift watch's verification
 * fails (the trust no longer lets the source in), and such a run is exactly the one to un-wire.
 */
class JdbcAccessEnds implements AccessEnds {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcAccessEnds(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccessEnding> endingWithin(Duration window, int limit) {
        Instant now = clock.instant();
        return jdbc.sql("""
                        select id, source_account_id, source_role_name, destination_account_id,
                            destination_role_name, access_until, unwire_approved_in_advance
                        from runs
                        where access_until is not null and access_until < :until
                            and status in (:verified, :verificationFailed)
                            and undone_by_run_id is null
                        order by access_until, id
                        limit :limit
                        """)
                .param("until", Timestamps.toDb(now.plus(window)))
                .param("verified", RunStatus.VERIFIED.name())
                .param("verificationFailed", RunStatus.VERIFICATION_FAILED.name())
                .param("limit", Math.max(1, limit))
                .query((rs, row) -> {
                    Instant until = Timestamps.fromDb(rs, "access_until");
                    return new AccessEnding(
                            rs.getLong("id"),
                            rs.getString("source_account_id"),
                            rs.getString("source_role_name"),
                            rs.getString("destination_account_id"),
                            rs.getString("destination_role_name"),
                            until,
                            !until.isAfter(now),
                            rs.getBoolean("unwire_approved_in_advance"));
                })
                .list();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Long> endedWithoutUnwire(Instant now, int limit) {
        return jdbc.sql("""
                        select r.id from runs r
                        where r.access_until is not null and r.access_until <= :now
                            and r.status in (:verified, :verificationFailed)
                            and r.undone_by_run_id is null
                            and not exists (select 1 from runs u where u.undoes_run_id = r.id)
                        order by r.access_until, r.id
                        limit :limit
                        """)
                .param("now", Timestamps.toDb(now))
                .param("verified", RunStatus.VERIFIED.name())
                .param("verificationFailed", RunStatus.VERIFICATION_FAILED.name())
                .param("limit", Math.max(1, limit))
                .query(Long.class)
                .list();
    }
}
