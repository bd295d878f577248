package io.rolewire.apply;

import java.time.Instant;
import java.util.List;

/**
 * The run's documents compared with the live state of both accounts.
 *
 * @param hash SHA-256 over the run's document hash and every live document the plan was computed
 *     from: an approval binds to it, and an apply whose fresh plan has another hash does nothing
 * @param awsAccess false when AWS access is switched off: nothing was read and the hash is the
 *     documents' own
 */
public record LivePlan(
        long runId,
        String hash,
        Instant readAt,
        boolean awsAccess,
        List<AccountReach> accounts,
        List<PlannedResource> resources,
        List<PlanFinding> findings) {

    public LivePlan {
        accounts = List.copyOf(accounts);
        resources = List.copyOf(resources);
        findings = List.copyOf(findings);
    }

    /** Both accounts were read. */
    public boolean complete() {
        return awsAccess && accounts.stream().allMatch(AccountReach::reachable);
    }

    public long count(Change change) {
        return resources.stream().filter(r -> r.change() == change).count();
    }
}
