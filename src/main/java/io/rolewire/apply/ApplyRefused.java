package io.rolewire.apply;

/**
 * An apply (or approval, retry, re-verification) that did not start, and why. Nothing was written.
 * The web answers 409; {@link #messageCode()} is a key of {@code aws-messages.properties}.
 */
public final class ApplyRefused extends RuntimeException {

    public enum Reason {
        /** {@code rolewire.apply.aws-access=false}: this installation never calls AWS. */
        AWS_ACCESS_OFF,
        /** An account could not be read; the plan would be a guess. */
        ACCOUNT_UNREACHABLE,
        /** The live plan differs from the approved one: the run went back to SUBMITTED. */
        PLAN_CHANGED,
        /** An apply of this run is already under way. */
        ALREADY_RUNNING,
        /** The wiring's "access until" has passed ({@link io.rolewire.runs.Run#accessEndedAt}). */
        ACCESS_ENDED
    }

    private final Reason reason;
    private final long runId;
    private final String detail;

    public ApplyRefused(Reason reason, long runId, String detail) {
        super("Run " + runId + ": " + reason + (detail == null ? "" : ": " + detail));
        this.reason = reason;
        this.runId = runId;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    public long runId() {
        return runId;
    }

    /** {0} the run id, {1} the detail. */
    public String messageCode() {
        return "apply.refused." + reason.name();
    }

    public Object[] messageArguments() {
        return new Object[] {String.valueOf(runId), detail == null ? "" : detail};
    }
}
