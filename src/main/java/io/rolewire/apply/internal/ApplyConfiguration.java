package io.rolewire.apply.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rolewire.apply.Applies;
import io.rolewire.apply.ApplyProperties;
import io.rolewire.apply.DriftProperties;
import io.rolewire.apply.ExpiryProperties;
import io.rolewire.apply.LeaseProperties;
import io.rolewire.apply.LivePlans;
import io.rolewire.apply.Unwires;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.RoleWirings;
import io.rolewire.aws.AwsSessions;
import io.rolewire.runs.AccessEnds;
import io.rolewire.runs.Approvals;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.Wiring;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Wires the apply: live plans (also what approvals bind to), the apply requests, the lease engine
 * that runs applies on whichever instance picks them (ADR 013), start-up recovery, and the pools
 * for account reads and chains.
 */
@Configuration(proxyBeanMethods = false)
public class ApplyConfiguration {

    /**
     * Not an Executor bean: that would replace Boot's application task executor, which MVC's
     * asynchronous requests (the streamed exports) use.
     */
    @Bean
    ApplyPools applyPools(ApplyProperties properties) {
        return new ApplyPools(properties.concurrentApplies());
    }

    @Bean
    ApplyPieces applyPieces(
            AwsSessions sessions,
            EventLog eventLog,
            JdbcClient jdbc,
            MessageSource messages,
            ApplyProperties properties,
            ApplyPools pools,
            ObjectProvider<MeterRegistry> meterRegistry,
            ObjectProvider<RoleWirings> roleWirings,
            Clock clock) {
        Wiring wiring = new Wiring();
        // slices without the audit module plan un-wires as if no other wiring used their roles
        RoleUses uses = Optional.ofNullable(roleWirings.getIfAvailable())
                .<RoleUses>map(AuditRoleUses::new)
                .orElse(RoleUses.NONE);
        AwsText text = new AwsText(messages);
        JdbcApplyStore store = new JdbcApplyStore(jdbc);
        StepEvents events = new StepEvents(eventLog);
        ThreadPoolTaskExecutor accounts = pools.accounts();
        // slices without Boot's metrics still get an apply; its meters then go nowhere
        ApplyMeters meters = new ApplyMeters(meterRegistry.getIfAvailable(SimpleMeterRegistry::new));
        // a hold outlasts a trust step's longest wait for a new source role to propagate
        Duration trustHold = properties.propagationTimeout().plus(properties.maxBackoff());
        TrustLocks trustLocks =
                new JdbcTrustLocks(jdbc, clock, trustHold, Duration.ofMillis(20), trustHold.plusSeconds(30));
        StepExecutor steps = new StepExecutor(
                new Decisions(wiring, uses), trustLocks, store, events, properties, text, meters, clock);
        return new ApplyPieces(
                new LivePlanner(sessions, wiring, uses, text, accounts),
                new ApplyRunner(sessions, steps, store, accounts, properties.parallelAccounts(), text, clock),
                new Verifier(sessions, uses, text, accounts, clock),
                store,
                events,
                meters,
                new FreshStarts());
    }

    /**
     * The lease engine. Closed before the pools (it uses them through the runner), so a stopping
     * instance's running steps finish on them before they shut down.
     */
    @Bean
    OrphanSweeper orphanSweep(
            JdbcClient jdbc, AwsSessions sessions, MessageSource messages, ApplyProperties properties) {
        return new OrphanSweeper(jdbc, sessions, new Wiring(), new AwsText(messages), properties);
    }

    @Bean
    DriftChecks driftWatch(
            Runs runs,
            RunLifecycle lifecycle,
            ApplyPieces pieces,
            JdbcClient jdbc,
            DriftProperties drift,
            Clock clock) {
        JdbcDriftChecks checks = new JdbcDriftChecks(jdbc);
        pieces.meters().driftedRuns(checks);
        return new DriftChecks(
                runs,
                lifecycle,
                pieces.planner(),
                pieces.verifier(),
                pieces.store(),
                checks,
                pieces.events(),
                pieces.meters(),
                drift,
                clock);
    }

    @Bean
    ApplyLeases applyLeases(
            DataSource dataSource,
            JdbcClient jdbc,
            Runs runs,
            RunLifecycle lifecycle,
            ApplyPieces pieces,
            ApplyPools pools,
            ApplyProperties properties,
            LeaseProperties leases,
            DriftChecks driftWatch,
            DriftProperties drift,
            ObjectProvider<ExpiryUnwires> expiryWatch,
            ExpiryProperties expiry,
            PlatformTransactionManager transactions,
            Clock clock) {
        ApplyExecution work = new ApplyExecution(
                runs,
                lifecycle,
                pieces.runner(),
                pieces.verifier(),
                pieces.store(),
                pieces.events(),
                pieces.meters(),
                pieces.freshStarts(),
                leases.takeovers(),
                new TransactionTemplate(transactions),
                clock);
        List<RecurringTask<Void>> watches = new ArrayList<>();
        if (drift.enabled()) {
            watches.add(ApplyLeases.driftWatch(driftWatch, drift.tick()));
        }
        if (expiry.enabled()) {
            // looked up when it runs: the watch applies through the requests, which need the leases
            watches.add(ApplyLeases.expiryWatch(() -> expiryWatch.getObject().look(), expiry.tick()));
        }
        return new ApplyLeases(dataSource, jdbc, leases, properties.concurrentApplies(), work, watches);
    }

    @Bean
    LivePlanService livePlans(Runs runs, ApplyPieces pieces, ApplyProperties properties, Clock clock) {
        return new LivePlanService(runs, pieces.planner(), pieces.store(), pieces.events(), properties, clock);
    }

    @Bean
    ExpiryUnwires expiryWatch(
            AccessEnds accessEnds,
            Runs runs,
            Unwires unwires,
            LivePlans plans,
            Approvals approvals,
            Applies applies,
            Clock clock) {
        return new ExpiryUnwires(accessEnds, runs, unwires, plans, approvals, applies, clock);
    }

    @Bean
    UnwireService unwires(Runs runs, RunLifecycle lifecycle, JdbcClient jdbc, PlatformTransactionManager transactions) {
        return new UnwireService(runs, lifecycle, new JdbcWiringSteps(jdbc), new TransactionTemplate(transactions));
    }

    @Bean
    ApplyRequests applies(
            Runs runs,
            RunLifecycle lifecycle,
            LivePlanService plans,
            ApplyPieces pieces,
            ApplyProperties properties,
            ApplyLeases leases,
            PlatformTransactionManager transactions,
            Clock clock) {
        return new ApplyRequests(
                runs,
                lifecycle,
                plans,
                pieces.runner(),
                pieces.verifier(),
                pieces.store(),
                pieces.events(),
                properties,
                leases,
                pieces.freshStarts(),
                new TransactionTemplate(transactions),
                clock);
    }

    @Bean
    StartUpRecovery startUpRecovery(
            Runs runs,
            RunLifecycle lifecycle,
            ApplyPieces pieces,
            ApplyProperties properties,
            ApplyLeases leases,
            PlatformTransactionManager transactions) {
        return new StartUpRecovery(
                runs,
                lifecycle,
                pieces.runner(),
                pieces.store(),
                properties,
                leases,
                new TransactionTemplate(transactions));
    }

    /** The apply's parts that the request side and the lease side share. */
    record ApplyPieces(
            LivePlanner planner,
            ApplyRunner runner,
            Verifier verifier,
            JdbcApplyStore store,
            StepEvents events,
            ApplyMeters meters,
            FreshStarts freshStarts) {}
}
