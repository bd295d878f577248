package io.rolewire.apply;

import io.rolewire.runs.ActingUser;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.WiringInput;
import java.util.Optional;

/** Reads the live state of a run's two accounts and keeps the latest plan computed from it. */
public interface LivePlans {

    /**
     * Reads both accounts now and stores the plan as the run's latest. An account that cannot be
     * reached is reported in the plan, never thrown.
     *
     * @throws io.rolewire.runs.UnknownRunException for an unknown id
     * @throws io.rolewire.runs.TransitionRefused when {@code by} is neither the requester nor an admin
     */
    LivePlan refresh(long runId, ActingUser by);

    /**
     * The live plan of a preview that is not a run yet (the wizard's last step): computed, not
     * stored, not recorded. Its run id is 0.
     */
    LivePlan preview(WiringInput input, Preview preview, ActingUser by);

    /** The plan last computed for the run, if any. */
    Optional<LivePlan> latest(long runId);
}
