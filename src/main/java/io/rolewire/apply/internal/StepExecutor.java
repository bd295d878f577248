package io.rolewire.apply.internal;

import io.rolewire.apply.ApplyProperties;
import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.StepOutcome;
import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.LiveInstanceProfile;
import io.rolewire.aws.LiveRole;
import io.rolewire.aws.LiveTaskDefinition;
import io.rolewire.runs.Run;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryListener;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryState;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.core.retry.Retryable;

/**
 * One step: read the resource again, skip it when it is in place, else write it, retrying what AWS
 * asks to retry (throttling; "Invalid principal" while a new role propagates), and record the
 * outcome with the AWS request id. A step never throws: a failure is its outcome.
 */
class StepExecutor {

    /**
     * How far apart two instances' clocks may be: a trust written by Rolewire less than this before
     * the plan read it is read again, since the plan may have read it before the write.
     */
    static final Duration CLOCK_SKEW = Duration.ofSeconds(5);

    private final Decisions decisions;
    private final TrustLocks trustLocks;
    private final StepRecords store;
    private final StepEvents events;
    private final ApplyProperties properties;
    private final AwsText text;
    private final ApplyMeters meters;
    private final Clock clock;

    StepExecutor(
            Decisions decisions,
            TrustLocks trustLocks,
            StepRecords store,
            StepEvents events,
            ApplyProperties properties,
            AwsText text,
            ApplyMeters meters,
            Clock clock) {
        this.decisions = decisions;
        this.trustLocks = trustLocks;
        this.store = store;
        this.events = events;
        this.properties = properties;
        this.text = text;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * @throws LeaseLost before a write when {@code lease} is no longer held: the step is then left as
     *     it is (RUNNING) for the instance that holds the lease now, which reads it again
     */
    ApplyStep execute(
            Run run, ApplyStep planned, ResourceSpec spec, AccountSession session, String actor, Lease lease) {
        Scope scope = new Scope(run, actor, lease, journal(Runnable::run), null);
        ApplyStep step = execute(scope, planned, spec, session, null);
        scope.journal().flush();
        return step;
    }

    /** The journal of one attempt: its records are written by {@code writer}, in order. */
    StepJournal journal(Executor writer) {
        return new StepJournal(store, events, writer);
    }

    /**
     * What every step of one attempt shares.
     *
     * @param readsAt when the live plan read what the steps are given as known, or null when they are
     *     given nothing
     */
    record Scope(Run run, String actor, Lease lease, StepJournal journal, Instant readsAt) {}

    /**
     * @param known the resource as the apply's live plan just read it ({@link FreshStarts}), or null to
     *     read it now
     */
    ApplyStep execute(Scope scope, ApplyStep planned, ResourceSpec spec, AccountSession session, LiveResource known) {
        long started = System.nanoTime();
        ApplyStep running = planned.with(
                StepOutcome.RUNNING, null, 0, 0, null, null, planned.requestDocument(), JdbcApplyStore.now(clock));
        scope.journal().updated(running, scope.run().id());
        AtomicInteger calls = new AtomicInteger();
        if (!spec.type().writesTrust()) {
            return execute(scope, running, spec, session, known, calls, started);
        }
        TrustLocks.Hold hold;
        try {
            hold = trustLocks.acquire(
                    spec.accountId(), spec.roleName(), "run " + scope.run().id(), scope.lease());
        } catch (TrustLocks.TrustBusy busy) {
            return finish(
                    scope,
                    running,
                    started,
                    Ending.failed(null, 0, "TrustBusy", text.of("apply.step.trustBusy", busy.holder()), null));
        } catch (LeaseLost lost) {
            throw lost;
        } catch (RuntimeException storeFailed) {
            return failed(scope, running, storeFailed, 0, started); // nothing read, nothing written
        }
        try {
            LiveResource stillKnown = writtenSince(hold, scope.readsAt()) ? null : known;
            return execute(scope, running, spec, session, stillKnown, calls, started);
        } finally {
            hold.release(calls.get() > 0);
        }
    }

    /** Whether Rolewire wrote the trust after (or about when) the plan read it. */
    private static boolean writtenSince(TrustLocks.Hold hold, Instant readsAt) {
        return hold.lastWrittenAt()
                .map(written -> readsAt == null || !written.isBefore(readsAt.minus(CLOCK_SKEW)))
                .orElse(false);
    }

    private ApplyStep execute(
            Scope scope,
            ApplyStep running,
            ResourceSpec spec,
            AccountSession session,
            LiveResource known,
            AtomicInteger calls,
            long started) {
        Run run = scope.run();
        String actor = scope.actor();
        try {
            LiveResource live = known != null ? known : LiveReads.read(session, spec);
            Decision decision = decisions.decide(spec, live, run);
            switch (decision.change()) {
                case UNCHANGED -> {
                    return finish(
                            scope, running, started, Ending.skipped(live.requestId(), text.of("apply.step.inPlace")));
                }
                case BLOCKED -> {
                    return finish(
                            scope,
                            running,
                            started,
                            Ending.failed(live.requestId(), 0, "Blocked", text.of(decision.note()), null));
                }
                default -> {
                    Written written = retrying(scope.journal(), run, running, spec, actor, calls)
                            .execute(() -> write(scope, spec, decision, session, calls));
                    ApplyStep done = running.withTarget(written.target());
                    return finish(
                            scope,
                            done,
                            started,
                            Ending.done(
                                    written.requestId(),
                                    calls.get(),
                                    decision.change().name(),
                                    decision.write()));
                }
            }
        } catch (LeaseLost lost) {
            throw lost;
        } catch (RetryException exhausted) {
            if (exhausted.getLastException() instanceof LeaseLost lost) {
                throw lost;
            }
            return failed(scope, running, exhausted.getLastException(), calls.get(), started);
        } catch (RuntimeException e) {
            return failed(scope, running, e, calls.get(), started);
        }
    }

    /**
     * A step already in place by what this attempt just did, recorded SKIPPED without a call: the
     * destination trust of a role the attempt created with exactly that trust.
     */
    ApplyStep inPlaceAlready(Scope scope, ApplyStep planned, String noteKey) {
        return finish(scope, planned, System.nanoTime(), Ending.skipped(null, text.of(noteKey)));
    }

    private ApplyStep failed(Scope scope, ApplyStep step, Throwable cause, int calls, long started) {
        if (cause instanceof AwsCallFailed aws) {
            return finish(
                    scope,
                    step,
                    started,
                    Ending.failed(
                            aws.requestId().orElse(null),
                            calls,
                            aws.errorCode(),
                            text.of(aws),
                            step.requestDocument()));
        }
        String message = cause == null ? "unknown error" : String.valueOf(cause.getMessage());
        return finish(scope, step, started, Ending.failed(null, calls, "Error", message, step.requestDocument()));
    }

    /** How a step ended, as recorded: its outcome, what AWS said, and the event that tells it. */
    private record Ending(
            StepOutcome outcome,
            String requestId,
            int calls,
            String errorCode,
            String message,
            String document,
            String eventType) {

        static Ending done(String requestId, int calls, String change, String written) {
            return new Ending(StepOutcome.DONE, requestId, calls, null, change, written, StepEvents.STEP_DONE);
        }

        static Ending skipped(String requestId, String note) {
            return new Ending(StepOutcome.SKIPPED, requestId, 0, null, note, null, StepEvents.STEP_SKIPPED);
        }

        static Ending failed(String requestId, int calls, String errorCode, String message, String document) {
            return new Ending(
                    StepOutcome.FAILED, requestId, calls, errorCode, message, document, StepEvents.STEP_FAILED);
        }
    }

    private ApplyStep finish(Scope scope, ApplyStep step, long started, Ending ending) {
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        ApplyStep finished = step.with(
                ending.outcome(),
                ending.requestId(),
                ending.calls(),
                took.toMillis(),
                ending.errorCode(),
                ending.message(),
                ending.document(),
                JdbcApplyStore.now(clock));
        meters.stepFinished(finished, took);
        scope.journal().finished(scope.run().id(), ending.eventType(), finished, scope.actor());
        return finished;
    }

    private Written write(
            Scope scope, ResourceSpec spec, Decision decision, AccountSession session, AtomicInteger calls) {
        Run run = scope.run();
        // the last moment to find that another instance may own the run: after this the call is made
        if (!scope.lease().held()) {
            throw new LeaseLost(scope.lease().instance());
        }
        if (scope.journal().broken()) {
            throw scope.journal().failure(); // what cannot be recorded is not written
        }
        calls.incrementAndGet();
        String runId = String.valueOf(run.id());
        return switch (spec.type()) {
            case ROLE -> {
                LiveRole role = session.iamWrites().createRole(spec.name(), decision.write(), runId);
                yield new Written(role.arn(), role.requestId());
            }
            case INLINE_POLICY ->
                Written.of(session.iamWrites().putRolePolicy(spec.roleName(), spec.name(), decision.write()), spec);
            case MANAGED_POLICY ->
                Written.of(session.iamWrites().attachRolePolicy(spec.roleName(), decision.write()), spec);
            case TRUST_POLICY ->
                Written.of(session.iamWrites().updateAssumeRolePolicy(spec.roleName(), decision.write()), spec);
            case INSTANCE_PROFILE -> {
                LiveInstanceProfile profile = session.iamWrites().createInstanceProfile(spec.name());
                yield new Written(profile.arn(), profile.requestId());
            }
            case INSTANCE_PROFILE_ROLE ->
                Written.of(session.iamWrites().addRoleToInstanceProfile(spec.name(), spec.roleName()), spec);
            case TASK_DEFINITION -> {
                LiveTaskDefinition registered = session.ecsWrites().register(decision.write());
                yield new Written(registered.arn(), registered.requestId());
            }
            default -> remove(spec, decision, session);
        };
    }

    /** An un-wire's writes (ADR 018): each takes away one thing the wiring added. */
    private static Written remove(ResourceSpec spec, Decision decision, AccountSession session) {
        return switch (spec.type()) {
            case TRUST_STATEMENT_REMOVE ->
                Written.of(session.iamWrites().updateAssumeRolePolicy(spec.roleName(), decision.write()), spec);
            case INLINE_POLICY_DELETE ->
                Written.of(session.iamWrites().deleteRolePolicy(spec.roleName(), spec.name()), spec);
            case MANAGED_POLICY_DETACH ->
                Written.of(session.iamWrites().detachRolePolicy(spec.roleName(), spec.desired()), spec);
            case INSTANCE_PROFILE_ROLE_REMOVE ->
                Written.of(session.iamWrites().removeRoleFromInstanceProfile(spec.name(), spec.roleName()), spec);
            case INSTANCE_PROFILE_DELETE -> Written.of(session.iamWrites().deleteInstanceProfile(spec.name()), spec);
            case ROLE_DELETE -> Written.of(session.iamWrites().deleteRole(spec.name()), spec);
            case TASK_DEFINITION_DEREGISTER -> Written.of(session.ecsWrites().deregister(spec.arn()), spec);
            default -> throw new IllegalArgumentException("not a removal: " + spec.type());
        };
    }

    private RetryTemplate retrying(
            StepJournal journal, Run run, ApplyStep step, ResourceSpec spec, String actor, AtomicInteger calls) {
        RetryPolicy policy = RetryPolicy.builder()
                .predicate(e -> e instanceof AwsCallFailed aws
                        && (aws.throttled()
                                || (spec.waitsForSourceRole() && aws.invalidPrincipal())
                                // IAM may still see a policy or profile just removed from the role
                                || (spec.removes() && "DeleteConflict".equals(aws.errorCode()))))
                .maxRetries(spec.waitsForSourceRole() ? Long.MAX_VALUE : properties.throttlingRetries())
                .delay(properties.firstBackoff())
                .jitter(properties.firstBackoff().dividedBy(2))
                .multiplier(2)
                .maxDelay(properties.maxBackoff())
                .timeout(properties.propagationTimeout())
                .build();
        RetryTemplate template = new RetryTemplate(policy);
        template.setRetryListener(new RetryListener() {
            @Override
            public void beforeRetry(RetryPolicy retryPolicy, Retryable<?> retryable, RetryState state) {
                Throwable last = state.getLastException();
                String code = last instanceof AwsCallFailed aws ? aws.errorCode() : "Error";
                String requestId =
                        last instanceof AwsCallFailed aws ? aws.requestId().orElse(null) : null;
                Instant now = JdbcApplyStore.now(clock);
                ApplyStep retrying = step.with(
                        StepOutcome.RUNNING,
                        requestId,
                        calls.get(),
                        0,
                        code,
                        text.of("apply.step.retrying", code),
                        step.requestDocument(),
                        now);
                journal.retried(retrying, run.id(), step, calls.get(), code, requestId, actor, now);
            }
        });
        return template;
    }

    /** What a write reports: the ARN it wrote and AWS's request id. */
    record Written(String target, String requestId) {

        static Written of(io.rolewire.aws.AwsReceipt receipt, ResourceSpec spec) {
            return new Written(spec.arn(), receipt.requestId());
        }
    }
}
