package io.rolewire.apply.internal;

import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunKind;
import io.rolewire.runs.Runs;

/**
 * A VERIFIED un-wire takes its wiring out of force (ADR 018): recorded on the wiring run, once,
 * whether the proof came right after the apply or from a later re-verification.
 */
final class Unwound {

    private Unwound() {}

    static void record(Runs runs, Run run, ActingUser by, boolean verified) {
        if (verified && run.kind() == RunKind.UNWIRE) {
            runs.markUnwired(run.undoes(), run.id(), by);
        }
    }
}
