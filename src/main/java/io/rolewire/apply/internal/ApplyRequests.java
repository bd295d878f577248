package io.rolewire.apply.internal;

import io.rolewire.apply.Applies;
import io.rolewire.apply.ApplyProgress;
import io.rolewire.apply.ApplyProperties;
import io.rolewire.apply.ApplyRefused;
import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlannedResource;
import io.rolewire.apply.Verification;
import io.rolewire.apply.internal.FreshStarts.FreshStart;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.Runs;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.runs.UnknownRunException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The apply's requests: every lifecycle move goes through {@link RunLifecycle} (whose rules decide),
 * every AWS read through the live plan and the verifier. An accepted apply or retry is handed to the
 * lease engine ({@link ApplyLeases}) in the same transaction as its transition and its recorded
 * steps; whichever instance picks the lease runs it ({@link ApplyExecution}), so any number of
 * instances may share one database (ADR 013).
 */
class ApplyRequests implements Applies {

    private final Runs runs;
    private final RunLifecycle lifecycle;
    private final LivePlanService plans;
    private final ApplyRunner runner;
    private final Verifier verifier;
    private final JdbcApplyStore store;
    private final StepEvents events;
    private final ApplyProperties properties;
    private final ApplyLeases leases;
    private final FreshStarts freshStarts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ApplyRequests(
            Runs runs,
            RunLifecycle lifecycle,
            LivePlanService plans,
            ApplyRunner runner,
            Verifier verifier,
            JdbcApplyStore store,
            StepEvents events,
            ApplyProperties properties,
            ApplyLeases leases,
            FreshStarts freshStarts,
            TransactionTemplate transaction,
            Clock clock) {
        this.runs = runs;
        this.lifecycle = lifecycle;
        this.plans = plans;
        this.runner = runner;
        this.verifier = verifier;
        this.store = store;
        this.events = events;
        this.properties = properties;
        this.leases = leases;
        this.freshStarts = freshStarts;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public Run apply(long runId, ActingUser by) {
        Run run = find(runId);
        run.applyRefusal(by).ifPresent(refusal -> {
            throw new TransitionRefused(refusal, runId, run.status());
        });
        requireAwsAccess(runId);
        requireAccessNotEnded(run);
        requireIdle(runId);
        Instant readAt = clock.instant();
        LivePlanner.Read read = plans.refreshForApply(run, by);
        if (!read.plan().complete()) {
            plans.saved(read.plan(), by);
        }
        LivePlan plan = LivePlanService.complete(read.plan());
        if (!plan.hash().equals(run.lifecycle().approvedPlanHash())) {
            String reason = "live plan " + plan.hash() + " is not the approved "
                    + run.lifecycle().approvedPlanHash() + "; it would now " + summary(plan);
            transaction.executeWithoutResult(tx -> {
                plans.saved(plan, by);
                lifecycle.returnToSubmitted(runId, by, reason);
            });
            throw new ApplyRefused(ApplyRefused.Reason.PLAN_CHANGED, runId, summary(plan));
        }
        String launch = FreshStarts.newLaunch();
        try {
            return launch(
                    runId,
                    Requester.encode(by, launch),
                    () -> {
                        plans.saved(plan, by);
                        return lifecycle.startApply(runId, by, plan.hash());
                    },
                    (started, steps) -> freshStarts.keep(launch, new FreshStart(started, steps, read.lives(), readAt)));
        } catch (RuntimeException refused) {
            freshStarts.take(launch); // kept inside a transaction that did not commit
            throw refused;
        }
    }

    @Override
    public Run retry(long runId, ActingUser by) {
        Run run = find(runId);
        run.retryRefusal(by).ifPresent(refusal -> {
            throw new TransitionRefused(refusal, runId, run.status());
        });
        requireAwsAccess(runId);
        requireAccessNotEnded(run);
        requireIdle(runId);
        return launch(runId, Requester.encode(by), () -> lifecycle.retryApply(runId, by), (started, steps) -> {});
    }

    @Override
    public Run reverify(long runId, ActingUser by) {
        Run run = find(runId);
        run.reverifyRefusal(by).ifPresent(refusal -> {
            throw new TransitionRefused(refusal, runId, run.status());
        });
        requireAwsAccess(runId);
        Verification verification = verifier.verify(run, by.username());
        store.saveVerification(verification);
        events.verified(verification);
        Run after = lifecycle.reverify(runId, by, verification.verified());
        Unwound.record(runs, run, by, verification.verified());
        return after;
    }

    @Override
    public ApplyProgress progress(long runId) {
        Run run = find(runId);
        return new ApplyProgress(
                runId, run.status(), leases.underWay(runId), store.latestSteps(runId), store.latestVerification(runId));
    }

    /**
     * The transition, the attempt's steps (all PENDING) and the lease commit together: a run is never
     * APPLYING without a lease, nor leased without its steps.
     *
     * @param leaseData who asked, and the launch ({@link Requester})
     * @param launched told the started run and its steps before the commit: the lease may be picked
     *     up as soon as it commits, before this returns
     */
    private Run launch(
            long runId, String leaseData, Supplier<Run> transition, BiConsumer<Run, List<ApplyStep>> launched) {
        Run started = transaction.execute(tx -> {
            Run run = transition.get();
            List<ApplyStep> steps = runner.plan(run, store.nextAttempt(runId));
            if (!leases.offer(runId, leaseData)) {
                throw new ApplyRefused(ApplyRefused.Reason.ALREADY_RUNNING, runId, null);
            }
            launched.accept(run, steps);
            return run;
        });
        leases.nudge();
        return started;
    }

    private void requireAwsAccess(long runId) {
        if (!properties.awsAccess()) {
            throw new ApplyRefused(ApplyRefused.Reason.AWS_ACCESS_OFF, runId, null);
        }
    }

    private void requireAccessNotEnded(Run run) {
        LivePlanService.requireAccessNotEnded(run, clock.instant());
    }

    private void requireIdle(long runId) {
        if (leases.underWay(runId)) {
            throw new ApplyRefused(ApplyRefused.Reason.ALREADY_RUNNING, runId, null);
        }
    }

    private Run find(long runId) {
        return runs.find(runId).orElseThrow(() -> new UnknownRunException(runId));
    }

    private static String summary(LivePlan plan) {
        return plan.resources().stream()
                .filter(r -> r.change() != Change.UNCHANGED)
                .map(PlannedResource::key)
                .collect(Collectors.joining(", ", "change [", "]"))
                .replace("change []", "change nothing");
    }
}
