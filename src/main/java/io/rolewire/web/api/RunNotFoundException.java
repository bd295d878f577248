package io.rolewire.web.api;

/** No run has this id; {@link ApiExceptionHandler} turns it into a 404. */
class RunNotFoundException extends RuntimeException {

    private final long runId;

    RunNotFoundException(long runId) {
        super("run " + runId + " not found", null, false, false);
        this.runId = runId;
    }

    long runId() {
        return runId;
    }
}
