package io.rolewire.apply;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rolewire.apply.*}: how the apply talks to AWS.
 *
 * @param awsAccess false for an installation that must never call AWS (plans are the documents alone)
 * @param parallelAccounts steps that do not wait for each other run at the same time, in both accounts
 *     (a step waits only for the resources it names); false runs them one after the other
 * @param propagationTimeout how long "Invalid principal in policy" is retried after a role was created
 * @param firstBackoff the first wait before a retry; it doubles up to {@code maxBackoff}, with jitter
 * @param maxBackoff the longest wait between two attempts
 * @param throttlingRetries retries of a throttled call (after the SDK's own)
 * @param concurrentApplies applies that run at the same time; more wait in a queue
 */
@ConfigurationProperties("rolewire.apply")
public record ApplyProperties(
        Boolean awsAccess,
        Boolean parallelAccounts,
        Duration propagationTimeout,
        Duration firstBackoff,
        Duration maxBackoff,
        Integer throttlingRetries,
        Integer concurrentApplies) {

    public ApplyProperties {
        awsAccess = awsAccess == null || awsAccess;
        parallelAccounts = parallelAccounts == null || parallelAccounts;
        propagationTimeout = propagationTimeout == null ? Duration.ofMinutes(2) : propagationTimeout;
        firstBackoff = firstBackoff == null ? Duration.ofSeconds(1) : firstBackoff;
        maxBackoff = maxBackoff == null ? Duration.ofSeconds(20) : maxBackoff;
        throttlingRetries = throttlingRetries == null ? 8 : throttlingRetries;
        concurrentApplies = concurrentApplies == null ? 4 : concurrentApplies;
    }

    public static ApplyProperties defaults() {
        return new ApplyProperties(null, null, null, null, null, null, null);
    }
}
