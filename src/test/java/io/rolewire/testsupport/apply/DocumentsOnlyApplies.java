package io.rolewire.testsupport.apply;

import io.rolewire.apply.Applies;
import io.rolewire.apply.ApplyProgress;
import io.rolewire.apply.ApplyRefused;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.LivePlans;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Refusal;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.Runs;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.runs.UnknownRunException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * TEMPORARY, test-only: stands in for the apply module's implementation (apply.internal) in
 * full-context tests until it is merged, doing what it does with {@code rolewire.apply.aws-access=false}
 * (the test default): the live plan is the documents alone, approval binds to the documents' hash,
 * and apply, retry and re-verify are refused (after the run's own rules) because AWS access is off.
 * {@link DocumentsOnlyApplyAutoConfiguration} registers it only while no real bean exists.
 */
final class DocumentsOnlyApplies implements Applies, LivePlans {

    private final Runs runs;
    private final RunLifecycle lifecycle;
    private final Map<Long, LivePlan> plans = new ConcurrentHashMap<>();

    DocumentsOnlyApplies(Runs runs, RunLifecycle lifecycle) {
        this.runs = runs;
        this.lifecycle = lifecycle;
    }

    @Override
    public LivePlan refresh(long runId, ActingUser by) {
        Run run = find(runId);
        LivePlan plan = new LivePlan(runId, run.planHash(), Instant.now(), false, List.of(), List.of(), List.of());
        plans.put(runId, plan);
        return plan;
    }

    @Override
    public Optional<LivePlan> latest(long runId) {
        return Optional.ofNullable(plans.get(runId));
    }

    @Override
    public Run approve(long runId, ActingUser by, String seenPlanHash) {
        return lifecycle.approve(runId, by, seenPlanHash);
    }

    @Override
    public Run apply(long runId, ActingUser by) {
        Run run = find(runId);
        throw refused(run, run.applyRefusal(by));
    }

    @Override
    public Run retry(long runId, ActingUser by) {
        Run run = find(runId);
        throw refused(run, run.retryRefusal(by));
    }

    @Override
    public Run reverify(long runId, ActingUser by) {
        Run run = find(runId);
        throw refused(run, run.reverifyRefusal(by));
    }

    @Override
    public ApplyProgress progress(long runId) {
        return new ApplyProgress(runId, find(runId).status(), false, List.of(), Optional.empty());
    }

    private static RuntimeException refused(Run run, Optional<Refusal> refusal) {
        return refusal.<RuntimeException>map(r -> new TransitionRefused(r, run.id(), run.status()))
                .orElseGet(() -> new ApplyRefused(ApplyRefused.Reason.AWS_ACCESS_OFF, run.id(), null));
    }

    private Run find(long runId) {
        return runs.find(runId).orElseThrow(() -> new UnknownRunException(runId));
    }
}
