package io.rolewire.runs;

/**
 * What the lifecycle recorded on a run besides its status: the latest submission, approval (bound
 * to the plan hash the approver saw), rejection and cancellation. Null parts did not happen.
 *
 * @param unwireApprovedInAdvance the approver also approved the un-wire at the run's end of access
 *     (ADR 019); part of the approval, so it goes when the approval does
 */
public record Lifecycle(
        Stamp submitted,
        Stamp approved,
        String approvedPlanHash,
        Stamp rejected,
        String rejectionReason,
        Stamp cancelled,
        boolean unwireApprovedInAdvance) {

    public static final Lifecycle NONE = new Lifecycle(null, null, null, null, null, null, false);

    /** A lifecycle without an un-wire approved in advance. */
    public Lifecycle(
            Stamp submitted,
            Stamp approved,
            String approvedPlanHash,
            Stamp rejected,
            String rejectionReason,
            Stamp cancelled) {
        this(submitted, approved, approvedPlanHash, rejected, rejectionReason, cancelled, false);
    }

    Lifecycle withSubmitted(Stamp stamp) {
        return new Lifecycle(
                stamp, approved, approvedPlanHash, rejected, rejectionReason, cancelled, unwireApprovedInAdvance);
    }

    Lifecycle withApproved(Stamp stamp, String planHash, boolean unwireInAdvance) {
        return new Lifecycle(submitted, stamp, planHash, rejected, rejectionReason, cancelled, unwireInAdvance);
    }

    /** A plan change voids the approval (and the un-wire approved with it): a new one is needed. */
    Lifecycle withoutApproval() {
        return new Lifecycle(submitted, null, null, rejected, rejectionReason, cancelled, false);
    }

    Lifecycle withRejected(Stamp stamp, String reason) {
        return new Lifecycle(submitted, approved, approvedPlanHash, stamp, reason, cancelled, unwireApprovedInAdvance);
    }

    Lifecycle withCancelled(Stamp stamp) {
        return new Lifecycle(
                submitted, approved, approvedPlanHash, rejected, rejectionReason, stamp, unwireApprovedInAdvance);
    }
}
