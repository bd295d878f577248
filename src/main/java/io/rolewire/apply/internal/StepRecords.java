package io.rolewire.apply.internal;

import io.rolewire.apply.ApplyStep;
import java.util.List;

/**
 * Where an apply's steps are recorded as they go (the database, {@link JdbcApplyStore}): the runner
 * and the executor need only this, so their tests keep the steps in memory.
 */
interface StepRecords {

    void insertStep(ApplyStep step, long runId);

    /** Replaces the step of the same attempt and position. */
    void updateStep(ApplyStep step, long runId);

    /** The latest attempt's steps in position order; empty before the first apply. */
    List<ApplyStep> latestSteps(long runId);
}
