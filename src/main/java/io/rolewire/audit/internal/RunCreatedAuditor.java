package io.rolewire.audit.internal;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.RunEvent;
import io.rolewire.runs.RunCreated;
import java.util.Map;
import org.springframework.context.event.EventListener;
import tools.jackson.databind.json.JsonMapper;

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
        String detail = JsonMapper.shared().writeValueAsString(Map.of("planHash", created.planHash()));
        eventLog.append(created.runId(), RunEvent.CREATED, created.actor(), created.at(), detail);
    }
}
