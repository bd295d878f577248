package io.rolewire.apply;

import io.rolewire.runs.RunStatus;
import java.util.List;
import java.util.Optional;

/**
 * What the run page shows of an apply: the steps of the latest attempt and the latest verification.
 *
 * @param running an apply of this run is under way in this application
 */
public record ApplyProgress(
        long runId, RunStatus status, boolean running, List<ApplyStep> steps, Optional<Verification> verification) {

    public ApplyProgress {
        steps = List.copyOf(steps);
    }

    /** Steps that reached an end (done, skipped, failed or not run). */
    public long finishedSteps() {
        return steps.stream()
                .filter(s -> s.outcome() != StepOutcome.PENDING && s.outcome() != StepOutcome.RUNNING)
                .count();
    }

    /** 0 to 100, for the progress bar. */
    public int percent() {
        return steps.isEmpty() ? 0 : (int) (finishedSteps() * 100 / steps.size());
    }

    public Optional<ApplyStep> failedStep() {
        return steps.stream().filter(s -> s.outcome() == StepOutcome.FAILED).findFirst();
    }
}
