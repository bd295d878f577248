package io.rolewire.web.approvals;

import io.rolewire.apply.AccountReach;
import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlannedResource;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunAction;
import io.rolewire.wiring.Finding;
import io.rolewire.wiring.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One request of the queue: the run, how many findings of each severity it has, and its latest live
 * plan (null when none was read), with what an admin needs to decide from the queue.
 *
 * @param mayApprove this admin may approve it (not their own request)
 */
record PendingApproval(Run run, Map<Severity, Long> findingCounts, LivePlan plan, boolean mayApprove) {

    static PendingApproval of(Run run, Optional<LivePlan> plan, ActingUser admin) {
        Map<Severity, Long> counts = new EnumMap<>(Severity.class);
        for (Finding finding : run.findings()) {
            counts.merge(finding.severity(), 1L, Long::sum);
        }
        return new PendingApproval(
                run, counts, plan.orElse(null), run.allowedActions(admin).contains(RunAction.APPROVE));
    }

    /** What the approve form carries: the hash of the plan shown here. */
    public String planHash() {
        return plan == null ? run.planHash() : plan.hash();
    }

    /** Resources per change, the changes without any left out. */
    public Map<Change, Long> changeCounts() {
        Map<Change, Long> counts = new EnumMap<>(Change.class);
        if (plan != null) {
            plan.resources().forEach(r -> counts.merge(r.change(), 1L, Long::sum));
        }
        return counts;
    }

    public List<AccountReach> unreachable() {
        return plan == null
                ? List.of()
                : plan.accounts().stream().filter(a -> !a.reachable()).toList();
    }

    /** The resources the apply creates, changes or (an un-wire) takes our statement out of, with their diff. */
    public List<PlannedResource> diffs() {
        return plan == null
                ? List.of()
                : plan.resources().stream()
                        .filter(r -> r.diff() != null && r.change() != Change.UNCHANGED)
                        .toList();
    }
}
