package io.rolewire.apply;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rolewire.apply.lease.*}: how instances sharing one database hand applies to each other
 * (ADR 013). A lease expires {@code heartbeat × missedHeartbeats} after its holder's last heartbeat;
 * another instance then resumes the run from its recorded steps.
 *
 * <p>The holder writes to AWS only while its last renewal is younger than half the expiry, so the
 * other half (15 s by default, the SDK's {@code api-call-attempt-timeout}) is left for a write in
 * flight to finish before another instance may take over and read it back.
 *
 * @param heartbeat how often the holder of a lease renews it
 * @param missedHeartbeats renewals that may be missed before the lease is taken as expired
 * @param pollInterval how often an instance looks for applies to run (new, handed over, expired)
 * @param takeovers how often one attempt may be taken over after an expired lease before the run
 *     ends FAILED (an apply that kills or cuts off each instance that runs it must not go round forever)
 * @param shutdownWait how long a stopping instance waits for its running steps before leaving them
 *     to the lease's expiry
 * @param instanceName this instance as recorded in the lease and the events; host and process id
 *     when empty
 */
@ConfigurationProperties("rolewire.apply.lease")
public record LeaseProperties(
        Duration heartbeat,
        Integer missedHeartbeats,
        Duration pollInterval,
        Integer takeovers,
        Duration shutdownWait,
        String instanceName) {

    public LeaseProperties {
        heartbeat = heartbeat == null ? Duration.ofSeconds(3) : heartbeat;
        missedHeartbeats = missedHeartbeats == null ? 10 : missedHeartbeats;
        pollInterval = pollInterval == null ? Duration.ofSeconds(2) : pollInterval;
        takeovers = takeovers == null ? 3 : takeovers;
        shutdownWait = shutdownWait == null ? Duration.ofMinutes(3) : shutdownWait;
        instanceName = instanceName == null ? "" : instanceName.strip();
    }

    /** How long after its last heartbeat a lease is taken as expired. */
    public Duration expiry() {
        return heartbeat.multipliedBy(missedHeartbeats);
    }
}
