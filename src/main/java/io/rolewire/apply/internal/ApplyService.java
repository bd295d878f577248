package io.rolewire.apply.internal;

import io.rolewire.apply.AccountReach;
import io.rolewire.apply.Applies;
import io.rolewire.apply.ApplyProgress;
import io.rolewire.apply.ApplyProperties;
import io.rolewire.apply.ApplyRefused;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The apply's requests: every lifecycle move goes through {@link RunLifecycle} (whose rules decide),
 * every AWS read through the planner and the verifier. An accepted apply or retry is handed to the
 * lease engine ({@link ApplyLeases}) in the same transaction as its transition and its recorded
 * steps; whichever instance picks the lease runs it ({@link ApplyExecution}), so any number of
 * instances may share one database (ADR 013).
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
    private final ApplyLeases leases;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ApplyService(
            Runs runs,
            RunLifecycle lifecycle,
            LivePlanner planner,
            ApplyRunner runner,
            Verifier verifier,
            JdbcApplyStore store,
            StepEvents events,
            ApplyProperties properties,
            ApplyLeases leases,
            TransactionTemplate transaction,
            Clock clock) {
        this.runs = runs;
        this.lifecycle = lifecycle;
        this.planner = planner;
        this.runner = runner;
        this.verifier = verifier;
        this.store = store;
        this.events = events;
        this.properties = properties;
        this.leases = leases;
        this.transaction = transaction;
        this.clock = clock;
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
        return launch(runId, by, () -> lifecycle.startApply(runId, by, plan.hash()));
    }

    @Override
    public Run retry(long runId, ActingUser by) {
        Run run = find(runId);
        run.retryRefusal(by).ifPresent(refusal -> {
            throw new TransitionRefused(refusal, runId, run.status());
        });
        requireAwsAccess(runId);
        requireIdle(runId);
        return launch(runId, by, () -> lifecycle.retryApply(runId, by));
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
                runId, run.status(), leases.underWay(runId), store.latestSteps(runId), store.latestVerification(runId));
    }

    /**
     * At start-up: a run APPLYING or APPLIED (not yet verified) without a lease was left by a version
     * before leases (V16) or by a lease removed by hand; it gets one, and an instance resumes it. Runs
     * with a lease need nothing: their holder goes on, or its lease expires and another takes over.
     * Then this instance starts taking leases.
     */
    @EventListener(ApplicationReadyEvent.class)
    void recoverAtStartUp() {
        if (!properties.awsAccess()) {
            return; // no apply can run here; the runs stay as they are for an instance that can
        }
        for (RunStatus status : List.of(RunStatus.APPLYING, RunStatus.APPLIED)) {
            for (long runId : lifecycle.idsIn(status)) {
                offerOrphan(runId);
            }
        }
        leases.start();
    }

    private void offerOrphan(long runId) {
        try {
            transaction.executeWithoutResult(tx -> {
                if (!leases.underWay(runId)) {
                    if (find(runId).status() == RunStatus.APPLYING
                            && store.latestSteps(runId).isEmpty()) {
                        runner.plan(find(runId), store.nextAttempt(runId));
                    }
                    leases.offer(runId, Requester.encode(Requester.SYSTEM));
                    log.warn("Run {} was left without a lease: offered again, an instance resumes it", runId);
                }
            });
        } catch (RuntimeException e) {
            log.error("Run {} could not be offered again; it stays as it is", runId, e);
        }
    }

    /**
     * The transition, the attempt's steps (all PENDING) and the lease commit together: a run is never
     * APPLYING without a lease, nor leased without its steps.
     */
    private Run launch(long runId, ActingUser by, Supplier<Run> transition) {
        Run started = transaction.execute(tx -> {
            Run run = transition.get();
            runner.plan(run, store.nextAttempt(runId));
            if (!leases.offer(runId, Requester.encode(by))) {
                throw new ApplyRefused(ApplyRefused.Reason.ALREADY_RUNNING, runId, null);
            }
            return run;
        });
        leases.nudge();
        return started;
    }

    private void record(Verification verification) {
        store.saveVerification(verification);
        events.verified(verification);
    }

    private void requireAwsAccess(long runId) {
        if (!properties.awsAccess()) {
            throw new ApplyRefused(ApplyRefused.Reason.AWS_ACCESS_OFF, runId, null);
        }
    }

    private void requireIdle(long runId) {
        if (leases.underWay(runId)) {
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
