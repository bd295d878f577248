package io.rolewire.apply;

import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;

/**
 * Applying, retrying and verifying runs against the live accounts (approval is beside the other
 * transitions: {@link io.rolewire.runs.Approvals}). Lifecycle refusals are {@link
 * io.rolewire.runs.TransitionRefused}; refusals that come from AWS or the live plan are {@link
 * ApplyRefused}.
 */
public interface Applies {

    /**
     * Re-reads the live plan; when it is the approved one, moves the run to APPLYING and runs the
     * steps in the background (then verifies). When it differs, the run goes back to SUBMITTED and
     * {@link ApplyRefused.Reason#PLAN_CHANGED} is thrown.
     */
    Run apply(long runId, ActingUser by);

    /** A FAILED run continues in the background, skipping what is in place. */
    Run retry(long runId, ActingUser by);

    /** Verifies a VERIFIED or VERIFICATION_FAILED run again, now (drift shows up here). */
    Run reverify(long runId, ActingUser by);

    ApplyProgress progress(long runId);
}
