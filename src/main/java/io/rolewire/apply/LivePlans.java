package io.rolewire.apply;

import io.rolewire.runs.ActingUser;
import java.util.Optional;

/** Reads the live state of a run's two accounts and keeps the latest plan computed from it. */
public interface LivePlans {

    /**
     * Reads both accounts now and stores the plan as the run's latest. An account that cannot be
     * reached is reported in the plan, never thrown.
     *
     * @throws io.rolewire.runs.UnknownRunException for an unknown id
     */
    LivePlan refresh(long runId, ActingUser by);

    /** The plan last computed for the run, if any. */
    Optional<LivePlan> latest(long runId);
}
