package io.rolewire.web.audit;

import io.rolewire.web.NotFoundException;

/** No run with this id. */
final class RunNotFound extends NotFoundException {

    RunNotFound(long runId) {
        super("no run " + runId);
    }
}
