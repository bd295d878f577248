package io.rolewire.audit.internal;

import io.rolewire.audit.EventLog;
import io.rolewire.runs.RunCreated;
import org.springframework.context.event.EventListener;

/**
 * Records a run's CREATED event. A plain synchronous listener on purpose: it runs inside the
 * transaction that creates the run, so a run never exists without its first event (and a failure
 * here rolls the run back).
 */
class RunCreatedAuditor {

    private final EventLog eventLog;

    RunCreatedAuditor(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    @EventListener
    public void on(RunCreated created) {
        eventLog.append(created.runId(), created.event(), created.actor(), created.at());
    }
}
