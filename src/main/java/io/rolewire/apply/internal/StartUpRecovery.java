package io.rolewire.apply.internal;

import io.rolewire.apply.ApplyProperties;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.runs.UnknownRunException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * At start-up: a run APPLYING or APPLIED (not yet verified) without a lease was left by a version
 * before leases (V16) or by a lease removed by hand; it gets one, and an instance resumes it. Runs
 * with a lease need nothing: their holder goes on, or its lease expires and another takes over.
 * Then this instance starts taking leases.
 */
class StartUpRecovery {

    private static final Logger log = LoggerFactory.getLogger(StartUpRecovery.class);

    private final Runs runs;
    private final RunLifecycle lifecycle;
    private final ApplyRunner runner;
    private final JdbcApplyStore store;
    private final ApplyProperties properties;
    private final ApplyLeases leases;
    private final TransactionTemplate transaction;

    StartUpRecovery(
            Runs runs,
            RunLifecycle lifecycle,
            ApplyRunner runner,
            JdbcApplyStore store,
            ApplyProperties properties,
            ApplyLeases leases,
            TransactionTemplate transaction) {
        this.runs = runs;
        this.lifecycle = lifecycle;
        this.runner = runner;
        this.store = store;
        this.properties = properties;
        this.leases = leases;
        this.transaction = transaction;
    }

    @EventListener(ApplicationReadyEvent.class)
    void recoverAtStartUp() {
        if (!properties.awsAccess()) {
            return; // no apply can run here; the runs stay as they are for an instance that can
        }
        for (RunStatus status : List.of(RunStatus.APPLYING, RunStatus.APPLIED)) {
            for (long runId : lifecycle.idsIn(status)) {
                offerOrphan(runId);
            }
        }
        leases.start();
    }

    private void offerOrphan(long runId) {
        try {
            transaction.executeWithoutResult(tx -> {
                if (!leases.underWay(runId)) {
                    Run run = runs.find(runId).orElseThrow(() -> new UnknownRunException(runId));
                    if (run.status() == RunStatus.APPLYING
                            && store.latestSteps(runId).isEmpty()) {
                        runner.plan(run, store.nextAttempt(runId));
                    }
                    leases.offer(runId, Requester.encode(Requester.SYSTEM));
                    log.warn("Run {} was left without a lease: offered again, an instance resumes it", runId);
                }
            });
        } catch (RuntimeException e) {
            log.error("Run {} could not be offered again; it stays as it is", runId, e);
        }
    }
}
