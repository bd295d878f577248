package io.rolewire.web.api;

/** The run exists but no live plan was read for it yet; {@link ApiExceptionHandler} makes it a 404. */
class LivePlanNotFoundException extends RuntimeException {

    private final long runId;

    LivePlanNotFoundException(long runId) {
        super("no live plan for run " + runId, null, false, false);
        this.runId = runId;
    }

    long runId() {
        return runId;
    }
}
