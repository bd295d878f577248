package io.rolewire.apply.internal;

import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.Side;
import io.rolewire.apply.StepOutcome;
import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AwsSessions;
import io.rolewire.runs.Run;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.stream.IntStream;

/**
 * Runs the steps of one apply attempt, each as soon as what it names exists ({@link StepGraph}), so
 * an apply takes about as long as its longest chain of dependent calls.
 *
 * <p>The attempt's steps are recorded when the apply starts ({@link #plan}); a run goes on from
 * them: a step already DONE or SKIPPED (by this instance or by one that died or stopped) is not run
 * again. Before each step the lease is checked: an instance that lost it or is stopping leaves the
 * remaining steps as they are for the next holder (ADR 013).
 */
class ApplyRunner {

    static final String SOURCE_ROLE = "source.role";
    static final String DESTINATION_ROLE = "destination.role";

    private final AwsSessions sessions;
    private final StepExecutor executor;
    private final StepRecords store;
    private final Executor accounts;
    private final boolean parallel;
    private final AwsText text;
    private final Clock clock;

    ApplyRunner(
            AwsSessions sessions,
            StepExecutor executor,
            StepRecords store,
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

    /**
     * Records the attempt's steps, all PENDING, in the caller's transaction (the apply's start).
     *
     * @return the steps as recorded
     */
    List<ApplyStep> plan(Run run, int attempt) {
        List<ResourceSpec> specs = ResourceSpecs.of(run);
        List<ApplyStep> steps = new ArrayList<>(specs.size());
        for (int i = 0; i < specs.size(); i++) {
            ResourceSpec spec = specs.get(i);
            ApplyStep step = ApplyStep.pending(
                    attempt,
                    i + 1,
                    spec.key(),
                    spec.side(),
                    spec.accountId(),
                    spec.type().service(),
                    spec.type().action(),
                    spec.arn(),
                    JdbcApplyStore.now(clock));
            store.insertStep(step, run.id());
            steps.add(step);
        }
        return steps;
    }

    /**
     * Runs the latest attempt's steps that are not done yet, each as soon as the steps it waits for
     * ({@link StepGraph}) are in place: with {@code parallel}, independent steps of both accounts run
     * at the same time; without, one after another in recorded order. A step whose prerequisite
     * failed is not run; steps that do not depend on it go on, so a retry has less left to do.
     */
    Result run(Run run, String actor, Lease lease) {
        return run(run, actor, lease, store.latestSteps(run.id()), Map.of());
    }

    /**
     * @param recorded the latest attempt's steps as recorded
     * @param planned what the apply's live plan read per resource key, a moment before, when this is
     *     the attempt's first pass on the instance that read it ({@link FreshStarts}): a step with one
     *     decides from it instead of reading again; a step without one reads
     */
    Result run(Run run, String actor, Lease lease, List<ApplyStep> recorded, Map<String, LiveResource> planned) {
        return run(run, actor, lease, recorded, planned, null, side -> {});
    }

    /**
     * @param plannedAt when the plan read {@code planned}, or null when it is empty
     * @param inPlace told once per account, on the thread of its last step, as soon as all the
     *     attempt's steps there are DONE or SKIPPED: what reads that account only (a verification
     *     check) need not wait for the other account's steps nor for their records
     */
    Result run(
            Run run,
            String actor,
            Lease lease,
            List<ApplyStep> recorded,
            Map<String, LiveResource> planned,
            Instant plannedAt,
            Consumer<Side> inPlace) {
        List<ResourceSpec> specs = ResourceSpecs.of(run);
        if (recorded.size() != specs.size()) {
            throw new IllegalStateException("run " + run.id() + " has " + recorded.size() + " recorded steps for "
                    + specs.size() + " resources");
        }
        String runId = String.valueOf(run.id());
        Map<Side, AccountSession> sessionOf = Map.of(
                Side.SOURCE,
                        sessions.open(
                                run.input().source().account(), run.input().region(), runId),
                Side.DESTINATION,
                        sessions.open(
                                run.input().destination().account(), run.input().region(), runId));
        Executor executor = parallel ? accounts : Runnable::run;
        StepJournal journal = this.executor.journal(parallel ? accounts : Runnable::run);
        Attempt attempt =
                new Attempt(new StepExecutor.Scope(run, actor, lease, journal, plannedAt), sessionOf, planned);
        List<Set<Integer>> waits = StepGraph.dependencies(specs);
        List<CompletableFuture<Optional<ApplyStep>>> steps = new ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ResourceSpec spec = specs.get(i);
            ApplyStep step = recorded.get(i);
            List<CompletableFuture<Optional<ApplyStep>>> before =
                    waits.get(i).stream().map(steps::get).toList();
            steps.add(CompletableFuture.allOf(before.toArray(CompletableFuture[]::new))
                    .thenApplyAsync(ignored -> attempt.step(step, spec, before), executor));
        }
        List<CompletableFuture<Void>> told = Arrays.stream(Side.values())
                .map(side -> tellWhenInPlace(side, specs, steps, inPlace))
                .toList();
        List<ApplyStep> results = steps.stream()
                .map(CompletableFuture::join)
                .flatMap(Optional::stream)
                .toList();
        told.forEach(CompletableFuture::join); // each account was told before the attempt returns
        journal.flush();
        return attempt.ending(results);
    }

    private static CompletableFuture<Void> tellWhenInPlace(
            Side side,
            List<ResourceSpec> specs,
            List<CompletableFuture<Optional<ApplyStep>>> steps,
            Consumer<Side> inPlace) {
        List<CompletableFuture<Optional<ApplyStep>>> mine = IntStream.range(0, specs.size())
                .filter(i -> specs.get(i).side() == side)
                .mapToObj(steps::get)
                .toList();
        return CompletableFuture.allOf(mine.toArray(CompletableFuture[]::new)).handle((all, failed) -> {
            if (failed == null
                    && mine.stream().map(CompletableFuture::join).allMatch(s -> s.isPresent() && inPlace(s.get()))) {
                inPlace.accept(side);
            }
            return null;
        });
    }

    private static boolean inPlace(ApplyStep step) {
        return step.outcome() == StepOutcome.DONE || step.outcome() == StepOutcome.SKIPPED;
    }

    /** One run of the steps; an empty step result means it was left (PENDING) for the next holder. */
    private final class Attempt {

        private final StepExecutor.Scope scope;
        private final Run run;
        private final Lease lease;
        private final Map<Side, AccountSession> sessions;
        private final Map<String, LiveResource> planned;
        private final AtomicReference<Result> interrupted = new AtomicReference<>();

        Attempt(StepExecutor.Scope scope, Map<Side, AccountSession> sessions, Map<String, LiveResource> planned) {
            this.scope = scope;
            this.run = scope.run();
            this.lease = scope.lease();
            this.sessions = sessions;
            this.planned = planned;
        }

        Optional<ApplyStep> step(
                ApplyStep recorded, ResourceSpec spec, List<CompletableFuture<Optional<ApplyStep>>> before) {
            if (inPlace(recorded)) {
                return Optional.of(recorded); // done before a hand-over or a crash: not run again
            }
            List<Optional<ApplyStep>> prerequisites =
                    before.stream().map(CompletableFuture::join).toList();
            if (prerequisites.stream().anyMatch(Optional::isEmpty)) {
                return Optional.empty(); // a prerequisite was left to another instance: so is this step
            }
            if (prerequisites.stream().map(Optional::get).anyMatch(p -> !inPlace(p))) {
                return Optional.of(notRun(recorded));
            }
            if (stopsBefore(recorded)) {
                return Optional.empty();
            }
            if (writtenWithItsRole(spec, prerequisites)) {
                return Optional.of(executor.inPlaceAlready(scope, recorded, "apply.note.trustWithRole"));
            }
            try {
                return Optional.of(
                        executor.execute(scope, recorded, spec, sessions.get(spec.side()), planned.get(spec.key())));
            } catch (LeaseLost lost) {
                interrupted.compareAndSet(null, new Result(Ending.LEASE_LOST, Optional.of(recorded)));
                return Optional.empty();
            }
        }

        /**
         * The destination trust of a role this attempt created: CreateRole wrote exactly this
         * document (both are the run's stored trust), so reading it back would only cost a call.
         */
        private boolean writtenWithItsRole(ResourceSpec spec, List<Optional<ApplyStep>> prerequisites) {
            return spec.type() == ResourceType.TRUST_POLICY
                    && prerequisites.stream()
                            .map(Optional::get)
                            .anyMatch(p -> DESTINATION_ROLE.equals(p.key()) && p.outcome() == StepOutcome.DONE);
        }

        Result ending(List<ApplyStep> results) {
            Result stopped = interrupted.get();
            if (stopped != null && stopped.ending() == Ending.LEASE_LOST) {
                return stopped;
            }
            Optional<ApplyStep> failed = results.stream()
                    .filter(s -> s.outcome() == StepOutcome.FAILED)
                    .min(Comparator.comparingInt(ApplyStep::position));
            if (failed.isPresent()) {
                return new Result(Ending.FAILED, failed);
            }
            return stopped != null ? stopped : new Result(Ending.DONE, Optional.empty());
        }

        /** @return whether this instance must leave {@code step} to another */
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

        private ApplyStep notRun(ApplyStep step) {
            ApplyStep notRun = step.with(
                    StepOutcome.NOT_RUN,
                    null,
                    0,
                    0,
                    null,
                    text.of("apply.step.notRun"),
                    null,
                    JdbcApplyStore.now(clock));
            scope.journal().updated(notRun, run.id());
            return notRun;
        }
    }
}
