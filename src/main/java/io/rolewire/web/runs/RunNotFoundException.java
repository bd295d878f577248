package io.rolewire.web.runs;

import io.rolewire.web.NotFoundException;

/** No run with this id. */
final class RunNotFoundException extends NotFoundException {

    RunNotFoundException(long runId) {
        super("no run " + runId);
    }
}
