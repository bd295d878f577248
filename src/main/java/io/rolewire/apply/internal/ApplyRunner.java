package io.rolewire.apply.internal;

import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.Side;
import io.rolewire.apply.StepOutcome;
import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AwsSessions;
import io.rolewire.runs.Run;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Runs the steps of one apply attempt: the source account's chain and the destination account's
 * chain at the same time (when configured), the destination waiting only for the source role to
 * exist, since its trust names it. In each chain a failed step stops the steps after it.
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

    /** @return the first failed step, empty when every step is done or skipped */
    Optional<ApplyStep> run(Run run, int attempt, String actor) {
        List<ResourceSpec> specs = ResourceSpecs.of(run);
        List<ApplyStep> planned = plan(run, attempt, specs);
        String runId = String.valueOf(run.id());
        AccountSession source =
                sessions.open(run.input().source().accountId(), run.input().region(), runId);
        AccountSession destination =
                sessions.open(run.input().destination().accountId(), run.input().region(), runId);
        CompletableFuture<Boolean> sourceRoleInPlace = new CompletableFuture<>();

        Chain sourceChain = new Chain(run, actor, source, Side.SOURCE, specs, planned, sourceRoleInPlace);
        Chain destinationChain = new Chain(run, actor, destination, Side.DESTINATION, specs, planned, null);
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
        return results.stream()
                .filter(s -> s.outcome() == StepOutcome.FAILED)
                .min((a, b) -> Integer.compare(a.position(), b.position()));
    }

    private List<ApplyStep> plan(Run run, int attempt, List<ResourceSpec> specs) {
        List<ApplyStep> steps = new ArrayList<>();
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

    /** The steps of one account, in order. */
    private final class Chain {

        private final Run run;
        private final String actor;
        private final AccountSession session;
        private final List<ResourceSpec> specs = new ArrayList<>();
        private final List<ApplyStep> steps = new ArrayList<>();
        private final CompletableFuture<Boolean> sourceRoleInPlace;

        Chain(
                Run run,
                String actor,
                AccountSession session,
                Side side,
                List<ResourceSpec> allSpecs,
                List<ApplyStep> allSteps,
                CompletableFuture<Boolean> sourceRoleInPlace) {
            this.run = run;
            this.actor = actor;
            this.session = session;
            this.sourceRoleInPlace = sourceRoleInPlace;
            for (int i = 0; i < allSpecs.size(); i++) {
                if (allSpecs.get(i).side() == side) {
                    specs.add(allSpecs.get(i));
                    steps.add(allSteps.get(i));
                }
            }
        }

        List<ApplyStep> runAfter(CompletableFuture<Boolean> sourceRole) {
            if (!sourceRole.join()) {
                return notRun(0);
            }
            return run();
        }

        List<ApplyStep> run() {
            List<ApplyStep> results = new ArrayList<>();
            try {
                for (int i = 0; i < specs.size(); i++) {
                    ApplyStep result = executor.execute(run, steps.get(i), specs.get(i), session, actor);
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
