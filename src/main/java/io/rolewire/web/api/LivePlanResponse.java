package io.rolewire.web.api;

import io.rolewire.apply.AccountReach;
import io.rolewire.apply.Change;
import io.rolewire.apply.PlanFinding;
import io.rolewire.apply.Side;
import io.rolewire.wiring.DocumentDiff;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * {@code GET|POST /api/v1/runs/{id}/plan}: the run's documents compared with both accounts. Live and
 * desired documents are JSON values (text when they are not JSON); {@code hash} is what an approval
 * binds to.
 *
 * @param counts resources per change, every change listed
 */
record LivePlanResponse(
        long runId,
        String hash,
        Instant readAt,
        boolean awsAccess,
        boolean complete,
        Map<Change, Long> counts,
        List<AccountReach> accounts,
        List<Resource> resources,
        List<PlanFinding> findings) {

    /** @param diff live (left) versus desired (right) rows, principal and action order aside */
    record Resource(
            String key,
            Side side,
            String accountId,
            String kind,
            String name,
            Change change,
            String liveId,
            Object liveDocument,
            Object desiredDocument,
            boolean changed,
            List<DocumentDiff.Row> diff,
            String note) {}
}
