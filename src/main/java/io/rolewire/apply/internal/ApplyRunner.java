package io.rolewire.apply.internal;

import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.Side;
import io.rolewire.apply.StepOutcome;
import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AwsSessions;
import io.rolewire.runs.Run;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs the steps of one apply attempt: the source account's chain and the destination account's
 * chain at the same time (when configured), the destination waiting only for the source role to
 * exist, since its trust names it. In each chain a failed step stops the steps after it.
 *
 * <p>The attempt's steps are recorded when the apply starts ({@link #plan}); a run goes on from
 * them: a step already DONE or SKIPPED (by this instance or by one that died or stopped) is not run
 * again. Before each step the lease is checked: an instance that lost it or is stopping leaves the
 * remaining steps as they are for the next holder (ADR 013).
 */
class ApplyRunner {

    static final String SOURCE_ROLE = "source.role";

    private final AwsSessions sessions;
    private final StepExecutor executor;
    private final JdbcApplyStore store;
    private final Executor accounts;
    private final boolean parallel;
    private final AwsText text;
    private final Clock clock;

    ApplyRunner(
            AwsSessions sessions,
            StepExecutor executor,
            JdbcApplyStore store,
            Executor accounts,
            boolean parallel,
            AwsText text,
            Clock clock) {
        this.sessions = sessions;
        this.executor = executor;
        this.store = store;
        this.accounts = accounts;
        this.parallel = parallel;
        this.text = text;
        this.clock = clock;
    }

    /** How a run of the steps ended. */
    enum Ending {
        /** every step is DONE or SKIPPED */
        DONE,
        /** a step FAILED ({@link Result#failed()}) */
        FAILED,
        /** the application is stopping: the steps not started are left for another instance */
        HANDED_OVER,
        /** the lease was lost: this instance stopped before its next write */
        LEASE_LOST
    }

    /** @param failed the first failed step (FAILED); the step stopped at (LEASE_LOST) */
    record Result(Ending ending, Optional<ApplyStep> failed) {}

    /** Records the attempt's steps, all PENDING, in the caller's transaction (the apply's start). */
    void plan(Run run, int attempt) {
        List<ResourceSpec> specs = ResourceSpecs.of(run);
        for (int i = 0; i < specs.size(); i++) {
            ResourceSpec spec = specs.get(i);
            store.insertStep(
                    ApplyStep.pending(
                            attempt,
                            i + 1,
                            spec.key(),
                            spec.side(),
                            spec.accountId(),
                            spec.type().service(),
                            spec.type().action(),
                            spec.arn(),
                            JdbcApplyStore.now(clock)),
                    run.id());
        }
    }

    /** Runs the latest attempt's steps that are not done yet. */
    Result run(Run run, String actor, Lease lease) {
        List<ResourceSpec> specs = ResourceSpecs.of(run);
        List<ApplyStep> recorded = store.latestSteps(run.id());
        if (recorded.size() != specs.size()) {
            throw new IllegalStateException("run " + run.id() + " has " + recorded.size() + " recorded steps for "
                    + specs.size() + " resources");
        }
        String runId = String.valueOf(run.id());
        AccountSession source =
                sessions.open(run.input().source().account(), run.input().region(), runId);
        AccountSession destination =
                sessions.open(run.input().destination().account(), run.input().region(), runId);
        CompletableFuture<Boolean> sourceRoleInPlace = new CompletableFuture<>();
        AtomicReference<Result> interrupted = new AtomicReference<>();

        Chain sourceChain =
                new Chain(run, actor, lease, source, Side.SOURCE, specs, recorded, sourceRoleInPlace, interrupted);
        Chain destinationChain =
                new Chain(run, actor, lease, destination, Side.DESTINATION, specs, recorded, null, interrupted);
        List<ApplyStep> results = new ArrayList<>();
        if (parallel) {
            CompletableFuture<List<ApplyStep>> other =
                    CompletableFuture.supplyAsync(() -> destinationChain.runAfter(sourceRoleInPlace), accounts);
            results.addAll(sourceChain.run());
            results.addAll(other.join());
        } else {
            results.addAll(sourceChain.run());
            results.addAll(destinationChain.runAfter(sourceRoleInPlace));
        }
        Optional<ApplyStep> failed = results.stream()
                .filter(s -> s.outcome() == StepOutcome.FAILED)
                .min(Comparator.comparingInt(ApplyStep::position));
        if (interrupted.get() != null && interrupted.get().ending() == Ending.LEASE_LOST) {
            return interrupted.get();
        }
        if (failed.isPresent()) {
            return new Result(Ending.FAILED, failed);
        }
        return interrupted.get() != null ? interrupted.get() : new Result(Ending.DONE, Optional.empty());
    }

    private static boolean inPlace(ApplyStep step) {
        return step.outcome() == StepOutcome.DONE || step.outcome() == StepOutcome.SKIPPED;
    }

    /** The steps of one account, in order. */
    private final class Chain {

        private final Run run;
        private final String actor;
        private final Lease lease;
        private final AccountSession session;
        private final List<ResourceSpec> specs = new ArrayList<>();
        private final List<ApplyStep> steps = new ArrayList<>();
        private final CompletableFuture<Boolean> sourceRoleInPlace;
        private final AtomicReference<Result> interrupted;

        Chain(
                Run run,
                String actor,
                Lease lease,
                AccountSession session,
                Side side,
                List<ResourceSpec> allSpecs,
                List<ApplyStep> allSteps,
                CompletableFuture<Boolean> sourceRoleInPlace,
                AtomicReference<Result> interrupted) {
            this.run = run;
            this.actor = actor;
            this.lease = lease;
            this.session = session;
            this.sourceRoleInPlace = sourceRoleInPlace;
            this.interrupted = interrupted;
            for (int i = 0; i < allSpecs.size(); i++) {
                if (allSpecs.get(i).side() == side) {
                    specs.add(allSpecs.get(i));
                    steps.add(allSteps.get(i));
                }
            }
        }

        List<ApplyStep> runAfter(CompletableFuture<Boolean> sourceRole) {
            if (!sourceRole.join()) {
                // stopped or lost the lease before the source role: the next holder runs these steps
                return interrupted.get() != null ? List.of() : notRun(0);
            }
            return run();
        }

        List<ApplyStep> run() {
            List<ApplyStep> results = new ArrayList<>();
            try {
                for (int i = 0; i < specs.size(); i++) {
                    ApplyStep recorded = steps.get(i);
                    ApplyStep result;
                    if (inPlace(recorded)) {
                        result = recorded; // done before a hand-over or a crash: not run again
                    } else if (stopsBefore(recorded)) {
                        break;
                    } else {
                        result = execute(recorded, specs.get(i));
                        if (result == null) {
                            break;
                        }
                    }
                    results.add(result);
                    if (SOURCE_ROLE.equals(result.key()) && sourceRoleInPlace != null) {
                        sourceRoleInPlace.complete(result.outcome() != StepOutcome.FAILED);
                    }
                    if (result.outcome() == StepOutcome.FAILED) {
                        results.addAll(notRun(i + 1));
                        break;
                    }
                }
            } finally {
                // never leave the other account's chain waiting
                if (sourceRoleInPlace != null) {
                    sourceRoleInPlace.complete(false);
                }
            }
            return results;
        }

        /** @return whether this instance must leave {@code step} and the ones after it to another */
        private boolean stopsBefore(ApplyStep step) {
            if (interrupted.get() != null) {
                return true;
            }
            if (!lease.held()) {
                interrupted.compareAndSet(null, new Result(Ending.LEASE_LOST, Optional.of(step)));
                return true;
            }
            if (lease.stopping()) {
                interrupted.compareAndSet(null, new Result(Ending.HANDED_OVER, Optional.empty()));
                return true;
            }
            return false;
        }

        /** @return the finished step, null when the lease was lost before its write */
        private ApplyStep execute(ApplyStep step, ResourceSpec spec) {
            try {
                return executor.execute(run, step, spec, session, actor, lease);
            } catch (LeaseLost lost) {
                interrupted.compareAndSet(null, new Result(Ending.LEASE_LOST, Optional.of(step)));
                return null;
            }
        }

        private List<ApplyStep> notRun(int from) {
            List<ApplyStep> skipped = new ArrayList<>();
            for (int i = from; i < steps.size(); i++) {
                ApplyStep step = steps.get(i);
                ApplyStep notRun = step.with(
                        StepOutcome.NOT_RUN,
                        null,
                        0,
                        0,
                        null,
                        text.of("apply.step.notRun"),
                        null,
                        JdbcApplyStore.now(clock));
                store.updateStep(notRun, run.id());
                skipped.add(notRun);
            }
            return skipped;
        }
    }
}
