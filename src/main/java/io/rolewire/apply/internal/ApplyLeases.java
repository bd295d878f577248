package io.rolewire.apply.internal;

import com.github.kagkarlsson.scheduler.HeartbeatState;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.DeadExecutionHandler;
import com.github.kagkarlsson.scheduler.task.Execution;
import com.github.kagkarlsson.scheduler.task.ExecutionContext;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import io.rolewire.apply.DriftWatch;
import io.rolewire.apply.LeaseProperties;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.TransactionAwareDataSourceProxy;

/**
 * The apply's leases, kept by db-scheduler in {@code apply_leases} (V16, ADR 013). One task,
 * {@code apply}, with one instance per run being applied. The instance that picks it holds the lease
 * and renews it with a heartbeat; when the heartbeat stops (SIGKILL, a lost database) db-scheduler
 * finds the execution dead after {@link LeaseProperties#expiry()} and revives it, and any instance
 * picks it up again. Scheduling goes through Spring's transaction, so an apply's start, its recorded
 * steps and its lease commit together.
 */
final class ApplyLeases implements AutoCloseable {

    static final String TASK = "apply";

    /** The drift watch's recurring task (issue 12): its row sits in the same table. */
    static final String DRIFT_TASK = "drift-watch";

    /** The expiry watch's recurring task (issue 12, ADR 019): the same table, one instance per look. */
    static final String EXPIRY_TASK = "expiry-watch";

    /** What a picked lease runs; {@link ApplyExecution} in the application. */
    interface Work {
        /**
         * @param takeovers how often the lease expired before (its holder died)
         * @param firstPick the lease was never picked before: not handed over, not revived
         */
        CompletionHandler<String> execute(
                long runId, String requestedBy, Lease lease, int takeovers, boolean firstPick);
    }

    private final CustomTask<String> task;
    private final Scheduler scheduler;
    private final JdbcClient jdbc;
    private final String instance;
    private final AtomicBoolean started = new AtomicBoolean();

    ApplyLeases(
            DataSource dataSource,
            JdbcClient jdbc,
            LeaseProperties properties,
            int threads,
            Work work,
            List<RecurringTask<Void>> watches) {
        this.jdbc = jdbc;
        this.instance = properties.instanceName().isEmpty() ? defaultName() : properties.instanceName();
        this.task = Tasks.custom(TASK, String.class)
                .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                .onFailure(retryLater(properties.pollInterval()))
                .execute((TaskInstance<String> picked, ExecutionContext context) -> work.execute(
                        Long.parseLong(picked.getId()),
                        picked.getData(),
                        new SchedulerLease(instance, context),
                        context.getExecution().consecutiveFailures,
                        neverPickedBefore(context.getExecution())));
        this.scheduler = Scheduler.create(new TransactionAwareDataSourceProxy(dataSource), task)
                .tableName("apply_leases")
                .schedulerName(new SchedulerName.Fixed(instance))
                .threads(threads)
                .pollingInterval(properties.pollInterval())
                .heartbeatInterval(properties.heartbeat())
                .missedHeartbeatsLimit(properties.missedHeartbeats())
                .shutdownMaxWait(properties.shutdownWait())
                .enableImmediateExecution()
                .startTasks(watches)
                .build();
    }

    String instance() {
        return instance;
    }

    /** Starts picking leases (new applies, hand-overs and expired leases of any instance). */
    void start() {
        if (started.compareAndSet(false, true)) {
            scheduler.start();
        }
    }

    /**
     * Stops picking; waits for the running applies, which finish their running steps and hand the
     * rest over ({@link Lease#stopping()}).
     */
    @Override
    public void close() {
        if (started.get()) { // an instance without AWS access never started it
            scheduler.stop();
        }
    }

    /**
     * A lease for the run, due now; joins the caller's transaction. @param data who asked, and the
     * launch ({@link Requester}) @return false when one exists
     */
    boolean offer(long runId, String data) {
        return scheduler.scheduleIfNotExists(task.instance(String.valueOf(runId), data), Instant.now());
    }

    /**
     * Looks for due leases now rather than at the next poll: called after the transaction that
     * offered one has committed (a look inside it would not see the lease yet).
     */
    void nudge() {
        if (started.get()) {
            scheduler.triggerCheckForDueExecutions();
        }
    }

    /** Whether the run's apply is under way (or waiting to be picked) on any instance. */
    boolean underWay(long runId) {
        return jdbc.sql("select count(*) from apply_leases where task_name = :task and task_instance = :run")
                        .param("task", TASK)
                        .param("run", String.valueOf(runId))
                        .query(Integer.class)
                        .single()
                > 0;
    }

    /**
     * The drift watch as a recurring task of the same engine: one row, so one instance runs each look
     * even when several share the database; a look that dies with its instance is revived like a lease.
     */
    static RecurringTask<Void> driftWatch(DriftWatch drift, Duration tick) {
        return Tasks.recurring(DRIFT_TASK, FixedDelay.of(tick))
                .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                .execute((instance, context) -> drift.checkDue());
    }

    /** The expiry watch, as the drift watch: one row, one instance per look, revived when it dies. */
    static RecurringTask<Void> expiryWatch(Runnable look, Duration tick) {
        return Tasks.recurring(EXPIRY_TASK, FixedDelay.of(tick))
                .onDeadExecution(new DeadExecutionHandler.ReviveDeadExecution<>())
                .execute((instance, context) -> look.run());
    }

    /** A hand-over completes the execution (a success), a revival fails it: neither happened yet. */
    static boolean neverPickedBefore(Execution execution) {
        return execution.lastSuccess == null && execution.lastFailure == null && execution.consecutiveFailures == 0;
    }

    /** An unexpected error of the work (the database, most likely): picked again after a pause. */
    private static FailureHandler<String> retryLater(Duration pause) {
        return new FailureHandler.OnFailureRetryLater<>(pause);
    }

    private static String defaultName() {
        // "pid@host": two instances on one host still have two names
        return ManagementFactory.getRuntimeMXBean().getName();
    }

    /**
     * db-scheduler's own view of the heartbeat is the lease. Held while the last renewal succeeded
     * and is younger than half the expiry: another instance may take the run only after the whole
     * expiry, so a write started now has the other half to finish (ADR 013).
     */
    private record SchedulerLease(String instance, ExecutionContext context) implements Lease {

        @Override
        public boolean held() {
            HeartbeatState heartbeat = context.getCurrentlyExecuting().getHeartbeatState();
            return heartbeat.getFailedHeartbeats() == 0 && heartbeat.getFractionDead() < 0.5;
        }

        @Override
        public boolean stopping() {
            return context.getSchedulerState().isShuttingDown();
        }
    }
}
