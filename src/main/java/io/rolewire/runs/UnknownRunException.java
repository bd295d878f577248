package io.rolewire.runs;

/** A lifecycle transition named a run that does not exist. */
public final class UnknownRunException extends RuntimeException {

    private final long runId;

    public UnknownRunException(long runId) {
        super("no run " + runId, null, false, false);
        this.runId = runId;
    }

    public long runId() {
        return runId;
    }
}
