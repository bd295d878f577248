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

    private final Decisions decisions;
    private final StepRecords store;
    private final StepEvents events;
    private final ApplyProperties properties;
    private final AwsText text;
    private final ApplyMeters meters;
    private final Clock clock;

    StepExecutor(
            Decisions decisions,
            StepRecords store,
            StepEvents events,
            ApplyProperties properties,
            AwsText text,
            ApplyMeters meters,
            Clock clock) {
        this.decisions = decisions;
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
        Scope scope = new Scope(run, actor, lease, journal(Runnable::run));
        ApplyStep step = execute(scope, planned, spec, session, null);
        scope.journal().flush();
        return step;
    }

    /** The journal of one attempt: its records are written by {@code writer}, in order. */
    StepJournal journal(Executor writer) {
        return new StepJournal(store, events, writer);
    }

    /** What every step of one attempt shares. */
    record Scope(Run run, String actor, Lease lease, StepJournal journal) {}

    /**
     * @param known the resource as the apply's live plan just read it ({@link FreshStarts}), or null to
     *     read it now
     */
    ApplyStep execute(Scope scope, ApplyStep planned, ResourceSpec spec, AccountSession session, LiveResource known) {
        Run run = scope.run();
        String actor = scope.actor();
        long started = System.nanoTime();
        ApplyStep running = with(planned, StepOutcome.RUNNING, null, 0, 0, null, null, planned.requestDocument());
        scope.journal().updated(running, run.id());
        AtomicInteger calls = new AtomicInteger();
        try {
            LiveResource live = known != null ? known : LiveReads.read(session, spec);
            Decision decision = decisions.decide(spec, live, run);
            switch (decision.change()) {
                case UNCHANGED -> {
                    String note = text.of("apply.step.inPlace");
                    return finish(
                            scope.journal(),
                            run,
                            running,
                            StepOutcome.SKIPPED,
                            live.requestId(),
                            0,
                            started,
                            null,
                            note,
                            null,
                            StepEvents.STEP_SKIPPED,
                            actor);
                }
                case BLOCKED -> {
                    return finish(
                            scope.journal(),
                            run,
                            running,
                            StepOutcome.FAILED,
                            live.requestId(),
                            0,
                            started,
                            "Blocked",
                            text.of(decision.note()),
                            null,
                            StepEvents.STEP_FAILED,
                            actor);
                }
                default -> {
                    Written written = retrying(scope.journal(), run, running, spec, actor, calls)
                            .execute(() -> write(scope, spec, decision, session, calls));
                    ApplyStep done = with(
                            running,
                            StepOutcome.DONE,
                            written.requestId(),
                            calls.get(),
                            0,
                            null,
                            null,
                            decision.write());
                    done = done.withTarget(written.target());
                    return finish(
                            scope.journal(),
                            run,
                            done,
                            StepOutcome.DONE,
                            written.requestId(),
                            calls.get(),
                            started,
                            null,
                            decision.change().name(),
                            decision.write(),
                            StepEvents.STEP_DONE,
                            actor);
                }
            }
        } catch (LeaseLost lost) {
            throw lost;
        } catch (RetryException exhausted) {
            if (exhausted.getLastException() instanceof LeaseLost lost) {
                throw lost;
            }
            return failed(scope.journal(), run, running, exhausted.getLastException(), calls.get(), started, actor);
        } catch (RuntimeException e) {
            return failed(scope.journal(), run, running, e, calls.get(), started, actor);
        }
    }

    /**
     * A step already in place by what this attempt just did, recorded SKIPPED without a call: the
     * destination trust of a role the attempt created with exactly that trust.
     */
    ApplyStep inPlaceAlready(Scope scope, ApplyStep planned, String noteKey) {
        Run run = scope.run();
        String actor = scope.actor();
        long started = System.nanoTime();
        return finish(
                scope.journal(),
                run,
                planned,
                StepOutcome.SKIPPED,
                null,
                0,
                started,
                null,
                text.of(noteKey),
                null,
                StepEvents.STEP_SKIPPED,
                actor);
    }

    private ApplyStep failed(
            StepJournal journal, Run run, ApplyStep step, Throwable cause, int calls, long started, String actor) {
        if (cause instanceof AwsCallFailed aws) {
            return finish(
                    journal,
                    run,
                    step,
                    StepOutcome.FAILED,
                    aws.requestId().orElse(null),
                    calls,
                    started,
                    aws.errorCode(),
                    text.of(aws),
                    step.requestDocument(),
                    StepEvents.STEP_FAILED,
                    actor);
        }
        String message = cause == null ? "unknown error" : String.valueOf(cause.getMessage());
        return finish(
                journal,
                run,
                step,
                StepOutcome.FAILED,
                null,
                calls,
                started,
                "Error",
                message,
                step.requestDocument(),
                StepEvents.STEP_FAILED,
                actor);
    }

    private ApplyStep finish(
            StepJournal journal,
            Run run,
            ApplyStep step,
            StepOutcome outcome,
            String requestId,
            int calls,
            long started,
            String errorCode,
            String message,
            String document,
            String eventType,
            String actor) {
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        ApplyStep finished = with(step, outcome, requestId, calls, took.toMillis(), errorCode, message, document);
        meters.stepFinished(finished, took);
        journal.finished(run.id(), eventType, finished, actor);
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
                ApplyStep retrying = with(
                        step,
                        StepOutcome.RUNNING,
                        requestId,
                        calls.get(),
                        0,
                        code,
                        text.of("apply.step.retrying", code),
                        step.requestDocument());
                journal.retried(
                        retrying, run.id(), step, calls.get(), code, requestId, actor, JdbcApplyStore.now(clock));
            }
        });
        return template;
    }

    private ApplyStep with(
            ApplyStep step,
            StepOutcome outcome,
            String requestId,
            int calls,
            long millis,
            String errorCode,
            String message,
            String document) {
        return step.with(outcome, requestId, calls, millis, errorCode, message, document, JdbcApplyStore.now(clock));
    }

    /** What a write reports: the ARN it wrote and AWS's request id. */
    record Written(String target, String requestId) {

        static Written of(io.rolewire.aws.AwsReceipt receipt, ResourceSpec spec) {
            return new Written(spec.arn(), receipt.requestId());
        }
    }
}
