package io.rolewire.runs;

/** A lifecycle transition the rules do not allow; nothing was changed. */
public final class TransitionRefused extends RuntimeException {

    private final Refusal reason;
    private final long runId;
    private final RunStatus status;

    public TransitionRefused(Refusal reason, long runId, RunStatus status) {
        super("run " + runId + " (" + status + "): " + reason, null, false, false);
        this.reason = reason;
        this.runId = runId;
        this.status = status;
    }

    public Refusal reason() {
        return reason;
    }

    public long runId() {
        return runId;
    }

    /** The run's status when the transition was refused. */
    public RunStatus status() {
        return status;
    }

    /** Arguments of {@link Refusal#messageCode()}: the run id and the status, as text. */
    public Object[] messageArgs() {
        return new Object[] {String.valueOf(runId), status.name()};
    }
}
