package io.rolewire.runs.internal;

import io.rolewire.runs.Lifecycle;
import io.rolewire.runs.Refusal;
import io.rolewire.runs.Run;
import io.rolewire.runs.Stamp;
import io.rolewire.runs.TransitionRefused;
import java.time.OffsetDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Saves a transitioned run's lifecycle columns, guarded by the version it was read with: when
 * another transaction saved first, no row matches and the transition is refused as a concurrent
 * change (the caller's transaction then rolls back, event included).
 */
class RunWriter {

    private final JdbcClient jdbc;

    RunWriter(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @return the run with its new version */
    Run save(Run before, Run after) {
        Lifecycle l = after.lifecycle();
        int updated = jdbc.sql("""
                        update runs set status = :status,
                            submitted_by = :submittedBy, submitted_at = :submittedAt,
                            approved_by = :approvedBy, approved_at = :approvedAt, approved_plan_hash = :approvedPlanHash,
                            rejected_by = :rejectedBy, rejected_at = :rejectedAt, rejection_reason = :rejectionReason,
                            cancelled_by = :cancelledBy, cancelled_at = :cancelledAt,
                            unwire_approved_in_advance = :unwireInAdvance,
                            version = version + 1
                        where id = :id and version = :version
                        """)
                .param("status", after.status().name())
                .param("submittedBy", by(l.submitted()))
                .param("submittedAt", at(l.submitted()))
                .param("approvedBy", by(l.approved()))
                .param("approvedAt", at(l.approved()))
                .param("approvedPlanHash", l.approvedPlanHash())
                .param("rejectedBy", by(l.rejected()))
                .param("rejectedAt", at(l.rejected()))
                .param("rejectionReason", l.rejectionReason())
                .param("cancelledBy", by(l.cancelled()))
                .param("cancelledAt", at(l.cancelled()))
                .param("unwireInAdvance", l.unwireApprovedInAdvance())
                .param("id", before.id())
                .param("version", before.version())
                .update();
        if (updated != 1) {
            throw new TransitionRefused(Refusal.CONCURRENT_CHANGE, before.id(), before.status());
        }
        return after.withVersion(before.version() + 1);
    }

    private static String by(Stamp stamp) {
        return stamp == null ? null : stamp.by();
    }

    private static OffsetDateTime at(Stamp stamp) {
        return stamp == null ? null : Timestamps.toDb(stamp.at());
    }
}
