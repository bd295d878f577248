package io.rolewire.apply;

import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;

/**
 * Un-wire (ADR 018): a run of kind UNWIRE that removes exactly what a wiring run added, through
 * the same live plan, four-eyes approval, apply and verification as a wiring. Usable without a web
 * request (a scheduler that ends an expired wiring passes its own actor).
 */
public interface Unwires {

    /**
     * Creates the UNWIRE run of {@code wiringRunId}, submitted in {@code by}'s name: it waits for an
     * approval by someone else.
     *
     * @throws io.rolewire.runs.UnknownRunException when there is no such run
     * @throws io.rolewire.runs.TransitionRefused when {@code by} may not create runs, the run is not
     *     a VERIFIED or VERIFICATION_FAILED wiring, or it is un-wired already or an un-wire of it is
     *     under way
     */
    Run start(long wiringRunId, ActingUser by);
}
