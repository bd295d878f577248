package io.rolewire.runs;

/**
 * What the lifecycle recorded on a run besides its status: the latest submission, approval (bound
 * to the plan hash the approver saw), rejection and cancellation. Null parts did not happen.
 */
public record Lifecycle(
        Stamp submitted,
        Stamp approved,
        String approvedPlanHash,
        Stamp rejected,
        String rejectionReason,
        Stamp cancelled) {

    public static final Lifecycle NONE = new Lifecycle(null, null, null, null, null, null);

    Lifecycle withSubmitted(Stamp stamp) {
        return new Lifecycle(stamp, approved, approvedPlanHash, rejected, rejectionReason, cancelled);
    }

    Lifecycle withApproved(Stamp stamp, String planHash) {
        return new Lifecycle(submitted, stamp, planHash, rejected, rejectionReason, cancelled);
    }

    /** A plan change voids the approval: a new one is needed. */
    Lifecycle withoutApproval() {
        return new Lifecycle(submitted, null, null, rejected, rejectionReason, cancelled);
    }

    Lifecycle withRejected(Stamp stamp, String reason) {
        return new Lifecycle(submitted, approved, approvedPlanHash, stamp, reason, cancelled);
    }

    Lifecycle withCancelled(Stamp stamp) {
        return new Lifecycle(submitted, approved, approvedPlanHash, rejected, rejectionReason, stamp);
    }
}
