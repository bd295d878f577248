package io.rolewire.apply.internal;

import io.rolewire.apply.AccountReach;
import io.rolewire.apply.ApplyProperties;
import io.rolewire.apply.ApplyRefused;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.LivePlans;
import io.rolewire.apply.PlanFinding;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.ApprovalPlans;
import io.rolewire.runs.Run;
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
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Live plans on request: read both accounts (or, without AWS access, say so), keep the plan as the
 * run's latest and record that it was read. The approval's plan comes from here too.
 */
class LivePlanService implements LivePlans, ApprovalPlans {

    private final Runs runs;
    private final LivePlanner planner;
    private final JdbcApplyStore store;
    private final StepEvents events;
    private final ApplyProperties properties;
    private final Clock clock;

    LivePlanService(
            Runs runs,
            LivePlanner planner,
            JdbcApplyStore store,
            StepEvents events,
            ApplyProperties properties,
            Clock clock) {
        this.runs = runs;
        this.planner = planner;
        this.store = store;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public LivePlan refresh(long runId, ActingUser by) {
        Run run = runs.find(runId).orElseThrow(() -> new UnknownRunException(runId));
        run.livePlanRefusal(by).ifPresent(refusal -> {
            throw new TransitionRefused(refusal, runId, run.status());
        });
        return saved(read(run), by);
    }

    /** Stores the plan and its event, in the caller's transaction when there is one. */
    LivePlan saved(LivePlan plan, ActingUser by) {
        long runId = plan.runId();
        store.savePlan(plan, by.username());
        Map<String, String> reach = new LinkedHashMap<>();
        plan.accounts().forEach(a -> reach.put(a.accountId(), a.reachable() ? "read" : a.reason()));
        events.planRead(runId, plan.hash(), reach, by.username(), plan.readAt());
        return plan;
    }

    /**
     * The plan an apply checks against the approved one, not stored yet: the caller stores it with
     * the apply's start ({@link #saved}). Access Analyzer's findings of the latest plan are kept when
     * the hash is the same (they depend only on the documents to write); when it is not, the plan is
     * read again whole, so the stored plan that sends the run back is complete.
     */
    LivePlanner.Read refreshForApply(Run run, ActingUser by) {
        long runId = run.id();
        run.livePlanRefusal(by).ifPresent(refusal -> {
            throw new TransitionRefused(refusal, runId, run.status());
        });
        Instant now = JdbcApplyStore.now(clock);
        // the latest plan is looked up while the accounts are read: it is needed only with their answers
        AtomicReference<Optional<LivePlan>> previous = new AtomicReference<>(Optional.empty());
        LivePlanner.Read read = planner.read(run, now, () -> {
            previous.set(store.latestPlan(runId));
            return previous.get().map(LivePlanService::analyzerFindings);
        });
        if (previous.get().isEmpty()
                || !previous.get().get().hash().equals(read.plan().hash())) {
            read = planner.read(run, now, Optional::empty);
        }
        return read;
    }

    private static List<PlanFinding> analyzerFindings(LivePlan plan) {
        return plan.findings().stream()
                .filter(f -> PlanFinding.ACCESS_ANALYZER.equals(f.origin()))
                .toList();
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
        return read(transientRun);
    }

    @Override
    public Optional<LivePlan> latest(long runId) {
        return store.latestPlan(runId);
    }

    /** @throws ApplyRefused ACCOUNT_UNREACHABLE when an account could not be read: nothing to bind to */
    @Override
    public Optional<String> readForApproval(long runId, ActingUser by) {
        runs.find(runId).ifPresent(run -> requireAccessNotEnded(run, clock.instant()));
        if (!properties.awsAccess()) {
            return Optional.empty();
        }
        return Optional.of(complete(refresh(runId, by)).hash());
    }

    /** @throws ApplyRefused ACCESS_ENDED for a wiring whose "access until" has passed: nothing is read or written */
    static void requireAccessNotEnded(Run run, Instant now) {
        if (run.accessEndedAt(now)) {
            throw new ApplyRefused(
                    ApplyRefused.Reason.ACCESS_ENDED,
                    run.id(),
                    run.input().accessUntil().toString());
        }
    }

    /** The plan, refused when an account could not be read (an apply or approval needs both). */
    static LivePlan complete(LivePlan plan) {
        if (!plan.complete()) {
            String unreachable = plan.accounts().stream()
                    .filter(a -> !a.reachable())
                    .map(AccountReach::reason)
                    .collect(Collectors.joining("; "));
            throw new ApplyRefused(ApplyRefused.Reason.ACCOUNT_UNREACHABLE, plan.runId(), unreachable);
        }
        return plan;
    }

    private LivePlan read(Run run) {
        Instant now = JdbcApplyStore.now(clock);
        return properties.awsAccess() ? planner.plan(run, now) : planner.offline(run, now);
    }
}
