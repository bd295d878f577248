package io.rolewire.runs;

/**
 * Four-eyes approval, beside the run's other transitions: an admin other than the requester binds
 * the run to the plan they were shown. When the accounts can be read, the plan is the live one,
 * read again now ({@link ApprovalPlans}); otherwise the documents alone are approved.
 */
public interface Approvals {

    /**
     * @param seenPlanHash the plan hash the approver was shown; another one is refused as stale
     * @throws TransitionRefused for the lifecycle's refusals (role, state, four eyes, stale plan)
     * @throws UnknownRunException for an unknown id
     */
    Run approve(long runId, ActingUser by, String seenPlanHash);
}
