package io.rolewire.apply.internal;

import io.rolewire.apply.AccountReach;
import io.rolewire.apply.Applies;
import io.rolewire.apply.ApplyProgress;
import io.rolewire.apply.ApplyProperties;
import io.rolewire.apply.ApplyRefused;
import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.LivePlans;
import io.rolewire.apply.PlannedResource;
import io.rolewire.apply.Verification;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunAction;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.runs.UnknownRunException;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.WiringInput;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;

/**
 * The apply's service: every lifecycle move goes through {@link RunLifecycle} (whose rules decide),
 * every AWS read or write through the planner, the runner and the verifier. Applies run on a
 * bounded pool; this instance knows which are under way.
 */
class ApplyService implements Applies, LivePlans {

    private static final Logger log = LoggerFactory.getLogger(ApplyService.class);

    private final Runs runs;
    private final RunLifecycle lifecycle;
    private final LivePlanner planner;
    private final ApplyRunner runner;
    private final Verifier verifier;
    private final JdbcApplyStore store;
    private final StepEvents events;
    private final ApplyProperties properties;
    private final Executor applies;
    private final ApplyMeters meters;
    private final Clock clock;
    private final InterruptedApplies interrupted;
    private final Set<Long> running = ConcurrentHashMap.newKeySet();

    ApplyService(
            Runs runs,
            RunLifecycle lifecycle,
            LivePlanner planner,
            ApplyRunner runner,
            Verifier verifier,
            JdbcApplyStore store,
            StepEvents events,
            ApplyProperties properties,
            Executor applies,
            ApplyMeters meters,
            Clock clock) {
        this.runs = runs;
        this.lifecycle = lifecycle;
        this.planner = planner;
        this.runner = runner;
        this.verifier = verifier;
        this.store = store;
        this.events = events;
        this.properties = properties;
        this.applies = applies;
        this.meters = meters;
        this.clock = clock;
        this.interrupted = new InterruptedApplies(lifecycle, store, clock);
    }

    @Override
    public LivePlan refresh(long runId, ActingUser by) {
        Run run = find(runId);
        run.livePlanRefusal(by).ifPresent(refusal -> {
            throw new TransitionRefused(refusal, runId, run.status());
        });
        LivePlan plan = properties.awsAccess()
                ? planner.plan(run, JdbcApplyStore.now(clock))
                : planner.offline(run, JdbcApplyStore.now(clock));
        store.savePlan(plan, by.username());
        Map<String, String> reach = new LinkedHashMap<>();
        plan.accounts().forEach(a -> reach.put(a.accountId(), a.reachable() ? "read" : a.reason()));
        events.planRead(runId, plan.hash(), reach, by.username(), plan.readAt());
        return plan;
    }

    @Override
    public LivePlan preview(WiringInput input, Preview preview, ActingUser by) {
        Instant now = JdbcApplyStore.now(clock);
        Run transientRun = new Run(
                0,
                RunStatus.DRAFT,
                input,
                preview.documents(),
                preview.findings(),
                preview.planHash(),
                by.username(),
                now);
        return properties.awsAccess() ? planner.plan(transientRun, now) : planner.offline(transientRun, now);
    }

    @Override
    public Optional<LivePlan> latest(long runId) {
        return store.latestPlan(runId);
    }

    @Override
    public Run approve(long runId, ActingUser by, String seenPlanHash) {
        Run run = find(runId);
        if (!run.allowedActions(by).contains(RunAction.APPROVE) || !properties.awsAccess()) {
            // the lifecycle gives the refusal (role, state, four eyes); without AWS the documents are the plan
            return lifecycle.approve(runId, by, seenPlanHash);
        }
        LivePlan plan = refresh(runId, by);
        if (!plan.complete()) {
            throw new ApplyRefused(ApplyRefused.Reason.ACCOUNT_UNREACHABLE, runId, unreachable(plan));
        }
        return lifecycle.approve(runId, by, seenPlanHash, plan.hash());
    }

    @Override
    public Run apply(long runId, ActingUser by) {
        Run run = find(runId);
        run.applyRefusal(by).ifPresent(refusal -> {
            throw new TransitionRefused(refusal, runId, run.status());
        });
        requireAwsAccess(runId);
        requireIdle(runId);
        LivePlan plan = refresh(runId, by);
        if (!plan.complete()) {
            throw new ApplyRefused(ApplyRefused.Reason.ACCOUNT_UNREACHABLE, runId, unreachable(plan));
        }
        if (!plan.hash().equals(run.lifecycle().approvedPlanHash())) {
            String reason = "live plan " + plan.hash() + " is not the approved "
                    + run.lifecycle().approvedPlanHash() + "; it would now " + summary(plan);
            lifecycle.returnToSubmitted(runId, by, reason);
            throw new ApplyRefused(ApplyRefused.Reason.PLAN_CHANGED, runId, summary(plan));
        }
        Run started = lifecycle.startApply(runId, by, plan.hash());
        launch(started, by);
        return started;
    }

    @Override
    public Run retry(long runId, ActingUser by) {
        Run run = find(runId);
        run.retryRefusal(by).ifPresent(refusal -> {
            throw new TransitionRefused(refusal, runId, run.status());
        });
        requireAwsAccess(runId);
        requireIdle(runId);
        Run started = lifecycle.retryApply(runId, by);
        launch(started, by);
        return started;
    }

    @Override
    public Run reverify(long runId, ActingUser by) {
        Run run = find(runId);
        run.reverifyRefusal(by).ifPresent(refusal -> {
            throw new TransitionRefused(refusal, runId, run.status());
        });
        requireAwsAccess(runId);
        Verification verification = verifier.verify(run, by.username());
        record(verification);
        return lifecycle.reverify(runId, by, verification.verified());
    }

    @Override
    public ApplyProgress progress(long runId) {
        Run run = find(runId);
        return new ApplyProgress(
                runId,
                run.status(),
                running.contains(runId),
                store.latestSteps(runId),
                store.latestVerification(runId));
    }

    /**
     * No apply of this instance is under way at start-up: runs left APPLYING become FAILED
     * ("interrupted"), runs left APPLIED (stopped before their verification) are verified now.
     */
    @EventListener(ApplicationReadyEvent.class)
    void recoverAtStartUp() {
        interrupted.failInterrupted();
        for (long runId : lifecycle.idsIn(RunStatus.APPLIED)) {
            verifyLeftover(runId, InterruptedApplies.SYSTEM);
        }
    }

    /** Verifies an APPLIED run whose verification did not happen (the application stopped in between). */
    private void verifyLeftover(long runId, ActingUser by) {
        if (!properties.awsAccess() || !running.add(runId)) {
            return;
        }
        try {
            applies.execute(() -> {
                try {
                    verifyApplied(find(runId), by);
                } finally {
                    running.remove(runId);
                }
            });
        } catch (RejectedExecutionException e) {
            running.remove(runId);
        }
    }

    private void launch(Run run, ActingUser by) {
        if (!running.add(run.id())) {
            lifecycle.failApply(run.id(), by, "another apply of this run was already under way");
            throw new ApplyRefused(ApplyRefused.Reason.ALREADY_RUNNING, run.id(), null);
        }
        int attempt = store.nextAttempt(run.id());
        try {
            applies.execute(() -> runInBackground(run, attempt, by));
        } catch (RejectedExecutionException e) {
            running.remove(run.id());
            lifecycle.failApply(run.id(), by, "the apply could not be started: " + e.getMessage());
        }
    }

    private void runInBackground(Run run, int attempt, ActingUser by) {
        try {
            Optional<ApplyStep> failed = runner.run(run, attempt, by.username());
            if (failed.isPresent()) {
                ApplyStep step = failed.get();
                lifecycle.failApply(
                        run.id(),
                        by,
                        "Step " + step.position() + " (" + step.key() + ", " + step.service() + ":" + step.action()
                                + " in " + step.accountId() + ") failed with " + step.errorCode() + ": "
                                + step.message());
                meters.applyEnded(ApplyMeters.Outcome.FAILED);
                return;
            }
            lifecycle.completeApply(run.id(), by);
            boolean verified = verifyApplied(find(run.id()), by);
            meters.applyEnded(verified ? ApplyMeters.Outcome.VERIFIED : ApplyMeters.Outcome.VERIFICATION_FAILED);
        } catch (RuntimeException e) {
            log.error("Apply of run {} stopped unexpectedly", run.id(), e);
            meters.applyEnded(ApplyMeters.Outcome.ERROR);
            failIfApplying(run.id(), by, "the apply stopped unexpectedly: " + e.getMessage());
        } finally {
            running.remove(run.id());
        }
    }

    /** @return whether the verification passed */
    private boolean verifyApplied(Run run, ActingUser by) {
        Verification verification = verifier.verify(run, by.username());
        record(verification);
        lifecycle.completeVerification(run.id(), by, verification.verified());
        return verification.verified();
    }

    private void record(Verification verification) {
        store.saveVerification(verification);
        events.verified(verification);
    }

    private void failIfApplying(long runId, ActingUser by, String reason) {
        try {
            if (find(runId).status() == RunStatus.APPLYING) {
                lifecycle.failApply(runId, by, reason);
            }
        } catch (RuntimeException e) {
            log.error("Run {} could not be marked FAILED; the next start-up will", runId, e);
        }
    }

    private void requireAwsAccess(long runId) {
        if (!properties.awsAccess()) {
            throw new ApplyRefused(ApplyRefused.Reason.AWS_ACCESS_OFF, runId, null);
        }
    }

    private void requireIdle(long runId) {
        if (running.contains(runId)) {
            throw new ApplyRefused(ApplyRefused.Reason.ALREADY_RUNNING, runId, null);
        }
    }

    private Run find(long runId) {
        return runs.find(runId).orElseThrow(() -> new UnknownRunException(runId));
    }

    private static String unreachable(LivePlan plan) {
        return plan.accounts().stream()
                .filter(a -> !a.reachable())
                .map(AccountReach::reason)
                .collect(Collectors.joining("; "));
    }

    private static String summary(LivePlan plan) {
        return plan.resources().stream()
                .filter(r -> r.change() != Change.UNCHANGED)
                .map(PlannedResource::key)
                .collect(Collectors.joining(", ", "change [", "]"))
                .replace("change []", "change nothing");
    }
}
