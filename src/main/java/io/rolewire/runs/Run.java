package io.rolewire.runs;

import io.rolewire.wiring.Document;
import io.rolewire.wiring.Finding;
import io.rolewire.wiring.WiringInput;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One stored attempt: the inputs, the documents and findings as previewed, who made it (the
 * requester), and where it stands in the lifecycle. Immutable: each transition returns the next
 * state, checked by {@link LifecycleRules}; {@code version} is the optimistic lock of the stored row.
 *
 * @param undoes for an UNWIRE run, the id of the wiring run it undoes (ADR 018); null for a wiring
 */
public record Run(
        long id,
        RunStatus status,
        WiringInput input,
        List<Document> documents,
        List<Finding> findings,
        String planHash,
        String createdBy,
        Instant createdAt,
        Lifecycle lifecycle,
        int version,
        Long undoes) {

    public Run {
        documents = List.copyOf(documents);
        findings = List.copyOf(findings);
        lifecycle = lifecycle == null ? Lifecycle.NONE : lifecycle;
    }

    /** A wiring run (kind WIRE) as stored. */
    public Run(
            long id,
            RunStatus status,
            WiringInput input,
            List<Document> documents,
            List<Finding> findings,
            String planHash,
            String createdBy,
            Instant createdAt,
            Lifecycle lifecycle,
            int version) {
        this(id, status, input, documents, findings, planHash, createdBy, createdAt, lifecycle, version, null);
    }

    /** A run as created: nothing happened to it yet. */
    public Run(
            long id,
            RunStatus status,
            WiringInput input,
            List<Document> documents,
            List<Finding> findings,
            String planHash,
            String createdBy,
            Instant createdAt) {
        this(id, status, input, documents, findings, planHash, createdBy, createdAt, Lifecycle.NONE, 0);
    }

    /**
     * A wiring whose "access until" has passed is not approved or applied any more: the trust it
     * writes would deny at once, and the expiry watch un-wires what is left of it (ADR 019). An
     * un-wire is never ended.
     */
    public boolean accessEndedAt(Instant now) {
        Instant until = input.accessUntil();
        return kind() == RunKind.WIRE && until != null && !now.isBefore(until);
    }

    /** WIRE, or UNWIRE when the run undoes another ({@link #undoes()}). */
    public RunKind kind() {
        return undoes == null ? RunKind.WIRE : RunKind.UNWIRE;
    }

    /** A copy with another version (the stored row's, after a save). */
    public Run withVersion(int newVersion) {
        return new Run(
                id, status, input, documents, findings, planHash, createdBy, createdAt, lifecycle, newVersion, undoes);
    }

    public Optional<Document> document(String key) {
        return documents.stream().filter(d -> d.key().equals(key)).findFirst();
    }

    public Transition submit(ActingUser by, Instant at) {
        return LifecycleRules.submit(this, by, at);
    }

    /**
     * Approval of the documents alone, when no live state was read (AWS access is off).
     *
     * @param seenPlanHash the plan hash the approver was shown
     */
    public Transition approve(ActingUser by, String seenPlanHash, Instant at) {
        return LifecycleRules.approve(this, by, seenPlanHash, planHash, false, at);
    }

    /** The same, approving the un-wire at the end of access in advance when {@code unwireAtExpiry}. */
    public Transition approve(ActingUser by, String seenPlanHash, boolean unwireAtExpiry, Instant at) {
        return LifecycleRules.approve(this, by, seenPlanHash, planHash, unwireAtExpiry, at);
    }

    /**
     * @param seenPlanHash the plan hash the approver was shown
     * @param livePlanHash the hash of the documents together with the live state just read: the
     *     approval binds to it
     */
    public Transition approve(ActingUser by, String seenPlanHash, String livePlanHash, Instant at) {
        return LifecycleRules.approve(this, by, seenPlanHash, livePlanHash, false, at);
    }

    /**
     * @param unwireAtExpiry the admin also approves the un-wire Rolewire creates at the end of access
     */
    public Transition approve(
            ActingUser by, String seenPlanHash, String livePlanHash, boolean unwireAtExpiry, Instant at) {
        return LifecycleRules.approve(this, by, seenPlanHash, livePlanHash, unwireAtExpiry, at);
    }

    /** When the access this run wires ends (AWS refuses the assume from then on); empty: no end. */
    public Optional<Instant> accessUntil() {
        return Optional.ofNullable(input.accessUntil());
    }

    /**
     * Whether the admin who approved this run also approved its un-wire at the end of access, so it
     * may be created already approved (ADR 019). False while the run is not approved.
     */
    public boolean unwireApprovedInAdvance() {
        return lifecycle.unwireApprovedInAdvance();
    }

    public Transition reject(ActingUser by, String reason, Instant at) {
        return LifecycleRules.reject(this, by, reason, at);
    }

    public Transition cancel(ActingUser by, Instant at) {
        return LifecycleRules.cancel(this, by, at);
    }

    /** For a run approved without live state: the documents' hash is the plan. */
    public Transition startApply(ActingUser by, Instant at) {
        return ApplyRules.startApply(this, by, planHash, at);
    }

    /** @param livePlanHash the plan as read again just before the apply; it must be the approved one */
    public Transition startApply(ActingUser by, String livePlanHash, Instant at) {
        return ApplyRules.startApply(this, by, livePlanHash, at);
    }

    /** Why {@code by} may not approve this run now (role, state, four eyes); empty when they may. */
    public Optional<Refusal> approveRefusal(ActingUser by) {
        return LifecycleRules.refusal(this, by, RunAction.APPROVE);
    }

    /** Why {@code by} may not start an apply now (before any AWS read); empty when they may. */
    public Optional<Refusal> applyRefusal(ActingUser by) {
        return ApplyRules.applierRefusal(this, by, RunStatus.APPROVED);
    }

    /** Why {@code by} may not read the live state for this run (and record it); empty when they may. */
    public Optional<Refusal> livePlanRefusal(ActingUser by) {
        return ApplyRules.livePlanRefusal(this, by);
    }

    /** Why {@code by} may not retry this apply now; empty when they may. */
    public Optional<Refusal> retryRefusal(ActingUser by) {
        return ApplyRules.applierRefusal(this, by, RunStatus.FAILED);
    }

    /** Why {@code by} may not re-verify this run now; empty when they may. */
    public Optional<Refusal> reverifyRefusal(ActingUser by) {
        return ApplyRules.reverifyRefusal(this, by);
    }

    public Transition reverify(ActingUser by, boolean verified, Instant at) {
        return ApplyRules.reverify(this, by, verified, at);
    }

    public Transition completeApply(ActingUser by, Instant at) {
        return ApplyRules.completeApply(this, by, at);
    }

    public Transition failApply(ActingUser by, String failure, Instant at) {
        return ApplyRules.failApply(this, by, failure, at);
    }

    public Transition retryApply(ActingUser by, Instant at) {
        return ApplyRules.retryApply(this, by, at);
    }

    public Transition completeVerification(ActingUser by, boolean verified, Instant at) {
        return ApplyRules.completeVerification(this, by, verified, at);
    }

    /** The live plan differs from the approved one: back to SUBMITTED, the approval is void. */
    public Transition returnToSubmitted(ActingUser by, String reason, Instant at) {
        return ApplyRules.returnToSubmitted(this, by, reason, at);
    }

    /** What this user may start on this run now: the same rules as the transitions themselves. */
    public Set<RunAction> allowedActions(ActingUser user) {
        Set<RunAction> allowed = EnumSet.noneOf(RunAction.class);
        for (RunAction action : RunAction.values()) {
            if (LifecycleRules.refusal(this, user, action).isEmpty()) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    boolean requestedBy(ActingUser user) {
        return createdBy.equals(user.username());
    }

    Run next(RunStatus newStatus, Lifecycle newLifecycle) {
        return new Run(
                id,
                newStatus,
                input,
                documents,
                findings,
                planHash,
                createdBy,
                createdAt,
                newLifecycle,
                version,
                undoes);
    }
}
