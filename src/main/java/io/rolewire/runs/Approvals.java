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
    default Run approve(long runId, ActingUser by, String seenPlanHash) {
        return approve(runId, by, seenPlanHash, false);
    }

    /**
     * @param unwireAtExpiry the admin also approves, in advance, the un-wire Rolewire creates at the
     *     run's end of access (ADR 019); ignored for a run without an end
     */
    Run approve(long runId, ActingUser by, String seenPlanHash, boolean unwireAtExpiry);
}
