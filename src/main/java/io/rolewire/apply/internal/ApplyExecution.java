package io.rolewire.apply.internal;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.Side;
import io.rolewire.apply.StepOutcome;
import io.rolewire.apply.Verification;
import io.rolewire.apply.internal.FreshStarts.FreshStart;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.runs.UnknownRunException;
import io.rolewire.runs.events.ApplyResumed;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What an instance does with an apply's lease once it holds it (ADR 013): runs the steps of the
 * latest attempt that are not done yet, moves the run to APPLIED or FAILED, then verifies it. The
 * same work resumes a run another instance started: steps it recorded DONE or SKIPPED are not run
 * again, the step it was in is read again before any write. A stopping instance hands the rest over;
 * one that lost its lease stops before its next write and changes nothing more.
 */
class ApplyExecution implements ApplyLeases.Work {

    private static final Logger log = LoggerFactory.getLogger(ApplyExecution.class);

    private final Runs runs;
    private final RunLifecycle lifecycle;
    private final ApplyRunner runner;
    private final Verifier verifier;
    private final JdbcApplyStore store;
    private final StepEvents events;
    private final ApplyMeters meters;
    private final int maxTakeovers;
    private final FreshStarts freshStarts;
    private final TransactionTemplate transaction;
    private final Clock clock;

    ApplyExecution(
            Runs runs,
            RunLifecycle lifecycle,
            ApplyRunner runner,
            Verifier verifier,
            JdbcApplyStore store,
            StepEvents events,
            ApplyMeters meters,
            FreshStarts freshStarts,
            int maxTakeovers,
            TransactionTemplate transaction,
            Clock clock) {
        this.runs = runs;
        this.lifecycle = lifecycle;
        this.runner = runner;
        this.verifier = verifier;
        this.store = store;
        this.events = events;
        this.meters = meters;
        this.freshStarts = freshStarts;
        this.maxTakeovers = maxTakeovers;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public CompletionHandler<String> execute(
            long runId, String requestedBy, Lease lease, int takeovers, boolean firstPick) {
        ActingUser by = Requester.decode(requestedBy);
        // taken on any pick: a launch's fresh start is good for the first one only
        Optional<FreshStart> fresh =
                freshStarts.take(Requester.launchOf(requestedBy)).filter(start -> firstPick);
        Optional<Run> found = fresh.map(FreshStart::run).or(() -> runs.find(runId));
        try {
            if (found.isPresent() && found.get().status() == RunStatus.APPLYING) {
                return applying(found.get(), by, lease, takeovers, fresh);
            }
            if (found.isPresent() && found.get().status() == RunStatus.APPLIED && lease.held()) {
                verifyApplied(found.get(), by); // the steps were done; the verification was not
            }
        } catch (RuntimeException e) {
            log.error("Apply of run {} stopped unexpectedly", runId, e);
            meters.applyEnded(ApplyMeters.Outcome.ERROR);
            failIfApplying(runId, by, "the apply stopped unexpectedly: " + e.getMessage());
        }
        return new CompletionHandler.OnCompleteRemove<>();
    }

    /**
     * @param fresh what the launch on this instance knew, on the lease's first pick there: the steps
     *     then start from the plan's reads, without reading the run and its steps back
     */
    private CompletionHandler<String> applying(
            Run run, ActingUser by, Lease lease, int takeovers, Optional<FreshStart> fresh) {
        if (takeovers > maxTakeovers) {
            String reason = "the apply's lease expired " + takeovers + " times (each instance that ran it stopped"
                    + " or lost the database); retry continues from the first step that is not in place";
            store.markInterrupted(run.id(), reason, JdbcApplyStore.now(clock));
            lifecycle.failApply(run.id(), by, reason);
            meters.applyEnded(ApplyMeters.Outcome.FAILED);
            return new CompletionHandler.OnCompleteRemove<>();
        }
        // each check starts as soon as the steps of the account it reads are in place; an apply that
        // does not end DONE leaves them unstarted or unread
        AccountsInPlace inPlace = new AccountsInPlace();
        CompletableFuture<Verification> checks = verifier.start(run, by.username(), inPlace::of);
        ApplyRunner.Result result = fresh.isPresent()
                ? runner.run(
                        run,
                        by.username(),
                        lease,
                        fresh.get().steps(),
                        fresh.get().reads(),
                        fresh.get().readAt(),
                        inPlace::tell)
                : runFromRecord(run, by, lease, takeovers, inPlace);
        switch (result.ending()) {
            case HANDED_OVER -> {
                log.info("Run {}: {} is stopping; the steps not started are handed over", run.id(), lease.instance());
                return (complete, operations) -> operations.reschedule(complete, Instant.now());
            }
            case LEASE_LOST -> {
                ApplyStep step = result.failed().orElseThrow();
                log.warn(
                        "Run {}: {} lost the apply's lease at step {}; it stopped before writing",
                        run.id(),
                        lease.instance(),
                        step.position());
                events.leaseLost(run.id(), step, lease.instance(), by.username(), JdbcApplyStore.now(clock));
                // the lease row is another instance's now (or will be revived): leave it alone
                return (complete, operations) -> {};
            }
            case FAILED -> {
                lifecycle.failApply(run.id(), by, failure(result.failed().orElseThrow()));
                meters.applyEnded(ApplyMeters.Outcome.FAILED);
                return new CompletionHandler.OnCompleteRemove<>();
            }
            default -> {
                if (!lease.held()) {
                    // every step is in place, but the run may be another instance's now: it completes it
                    log.warn("Run {}: {} lost the apply's lease after its last step", run.id(), lease.instance());
                    return (complete, operations) -> {};
                }
                lifecycle.completeApply(run.id(), by);
                boolean verified = recordVerification(run, LivePlanner.joined(checks), by);
                meters.applyEnded(verified ? ApplyMeters.Outcome.VERIFIED : ApplyMeters.Outcome.VERIFICATION_FAILED);
                return new CompletionHandler.OnCompleteRemove<>();
            }
        }
    }

    /** The steps as recorded, every one read again before its write: a retry, a resumption, another instance. */
    private ApplyRunner.Result runFromRecord(
            Run run, ActingUser by, Lease lease, int takeovers, AccountsInPlace inPlace) {
        List<ApplyStep> steps = store.latestSteps(run.id());
        recordResumption(run, steps, lease, takeovers);
        return runner.run(run, by.username(), lease, steps, Map.of(), null, inPlace::tell);
    }

    /** Per account, whether the attempt's steps there are all in place yet. */
    private static final class AccountsInPlace {

        private final Map<Side, CompletableFuture<Void>> sides = new EnumMap<>(Map.of(
                Side.SOURCE, new CompletableFuture<>(),
                Side.DESTINATION, new CompletableFuture<>()));

        CompletableFuture<Void> of(Side side) {
            return sides.get(side);
        }

        void tell(Side side) {
            sides.get(side).complete(null);
        }
    }

    /** A run some of whose steps are already recorded, or whose lease expired, was started elsewhere. */
    private void recordResumption(Run run, List<ApplyStep> steps, Lease lease, int takeovers) {
        Optional<ApplyStep> next =
                steps.stream().filter(s -> s.outcome() != StepOutcome.PENDING).findAny();
        if (takeovers == 0 && next.isEmpty()) {
            return;
        }
        int fromStep = steps.stream()
                .filter(s -> s.outcome() != StepOutcome.DONE && s.outcome() != StepOutcome.SKIPPED)
                .mapToInt(ApplyStep::position)
                .min()
                .orElse(steps.size() + 1);
        String reason = takeovers > 0 ? ApplyResumed.LEASE_EXPIRED : ApplyResumed.HANDED_OVER;
        int attempt = steps.isEmpty() ? 0 : steps.get(0).attempt();
        log.info(
                "Run {}: {} resumes attempt {} from step {} ({})",
                run.id(),
                lease.instance(),
                attempt,
                fromStep,
                reason);
        events.resumed(
                run.id(),
                new ApplyResumed(attempt, lease.instance(), reason, fromStep, takeovers),
                Requester.SYSTEM.username(),
                JdbcApplyStore.now(clock));
    }

    /** @return whether the verification passed */
    private boolean verifyApplied(Run run, ActingUser by) {
        return recordVerification(run, verifier.verify(run, by.username()), by);
    }

    /** The checks, their events and the settling transition commit together: one round trip to the end. */
    private boolean recordVerification(Run run, Verification verification, ActingUser by) {
        long runId = run.id();
        transaction.executeWithoutResult(tx -> {
            store.saveVerification(verification);
            events.verified(verification);
            lifecycle.completeVerification(runId, by, verification.verified());
            Unwound.record(runs, run, by, verification.verified());
        });
        return verification.verified();
    }

    private void failIfApplying(long runId, ActingUser by, String reason) {
        try {
            if (find(runId).status() == RunStatus.APPLYING) {
                lifecycle.failApply(runId, by, reason);
            }
        } catch (RuntimeException e) {
            log.error("Run {} could not be marked FAILED", runId, e);
        }
    }

    private Run find(long runId) {
        return runs.find(runId).orElseThrow(() -> new UnknownRunException(runId));
    }

    private static String failure(ApplyStep step) {
        return "Step " + step.position() + " (" + step.key() + ", " + step.service() + ":" + step.action() + " in "
                + step.accountId() + ") failed with " + step.errorCode() + ": " + step.message();
    }
}
