package io.rolewire.runs.internal;

import io.rolewire.runs.ActingUser;
import io.rolewire.runs.ApprovalPlans;
import io.rolewire.runs.Approvals;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunAction;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.Runs;
import io.rolewire.runs.UnknownRunException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Approves through the lifecycle. The live plan is read only for an approval the rules allow, so a
 * refused one (wrong role, the requester, wrong state) never reaches the accounts.
 */
class ApprovalService implements Approvals {

    private final Runs runs;
    private final RunLifecycle lifecycle;
    private final Supplier<Optional<ApprovalPlans>> plans;

    /** @param plans absent where no module reads AWS (slices): the documents are the plan */
    ApprovalService(Runs runs, RunLifecycle lifecycle, Supplier<Optional<ApprovalPlans>> plans) {
        this.runs = runs;
        this.lifecycle = lifecycle;
        this.plans = plans;
    }

    @Override
    public Run approve(long runId, ActingUser by, String seenPlanHash, boolean unwireAtExpiry) {
        Run run = runs.find(runId).orElseThrow(() -> new UnknownRunException(runId));
        if (!run.allowedActions(by).contains(RunAction.APPROVE)) {
            return lifecycle.approve(runId, by, seenPlanHash); // the lifecycle says why not
        }
        Optional<String> livePlanHash = plans.get().flatMap(p -> p.readForApproval(runId, by));
        if (unwireAtExpiry) {
            return lifecycle.approve(runId, by, seenPlanHash, livePlanHash.orElse(null), true);
        }
        return livePlanHash
                .map(hash -> lifecycle.approve(runId, by, seenPlanHash, hash))
                .orElseGet(() -> lifecycle.approve(runId, by, seenPlanHash));
    }
}
