package io.rolewire.runs;

/**
 * Why a lifecycle transition was refused. The kind tells callers how to answer (the web maps it to
 * 409, 403 or 400) without the domain knowing HTTP.
 */
public enum Refusal {
    /** The run's state does not allow this transition. */
    NOT_ALLOWED_IN_STATE(Kind.CONFLICT),
    /** Someone else changed the run between reading and saving it. */
    CONCURRENT_CHANGE(Kind.CONFLICT),
    /** The approval was given for another plan than the run's current one. */
    STALE_PLAN(Kind.CONFLICT),
    /** Submit is refused while an ERROR finding exists. */
    ERROR_FINDINGS(Kind.CONFLICT),
    /** The run's end of access has passed: what it would write no longer lets anyone in (ADR 019). */
    ACCESS_ENDED(Kind.CONFLICT),
    /** The user's role may not do this (a reviewer submitting, an operator approving...). */
    WRONG_ROLE(Kind.FORBIDDEN),
    /** Four eyes: nobody approves or rejects their own request. */
    SELF_APPROVAL(Kind.FORBIDDEN),
    /** Only the person who created the run may do this. */
    NOT_REQUESTER(Kind.FORBIDDEN),
    /** Only a VERIFIED or VERIFICATION_FAILED wiring run can be un-wired. */
    NOT_UNWIRABLE(Kind.CONFLICT),
    /** The wiring run is un-wired already, or an un-wire of it is under way. */
    ALREADY_UNWIRED(Kind.CONFLICT),
    /**
     * An un-wire's documents are the wiring's, to remove: exported as code they would create it
     * again. A pipeline removes the wiring's code instead.
     */
    NOT_EXPORTABLE(Kind.CONFLICT),
    /** A rejection needs a reason of 1 to 1000 characters. */
    REASON_REQUIRED(Kind.INVALID);

    public enum Kind {
        CONFLICT,
        FORBIDDEN,
        INVALID
    }

    private final Kind kind;

    Refusal(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    /** The message key of lifecycle-messages.properties; arguments: run id, current status. */
    public String messageCode() {
        return "lifecycle.refused." + name();
    }
}
