package io.rolewire.audit.internal;

import io.rolewire.audit.EventLog;
import io.rolewire.runs.RunTransitioned;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Appends every lifecycle transition (SUBMITTED, APPROVED, REJECTED...) to the run's event log.
 * Synchronous like {@link RunCreatedAuditor}: it runs inside the transaction that saves the
 * transition, so a transition never commits without its event. A component (public for slice
 * tests' {@code @Import}) so the audit module's configuration stays untouched.
 */
@Component
public class RunLifecycleEventsListener {

    private final EventLog eventLog;

    RunLifecycleEventsListener(EventLog eventLog) {
        this.eventLog = eventLog;
    }

    @EventListener
    public void on(RunTransitioned transitioned) {
        eventLog.append(transitioned.runId(), transitioned.event(), transitioned.actor(), transitioned.at());
    }
}
