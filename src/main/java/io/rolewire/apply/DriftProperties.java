package io.rolewire.apply;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rolewire.drift.*}: the watch that re-verifies wired runs on a schedule.
 *
 * @param enabled false to never check on a schedule (a person can still re-verify a run)
 * @param interval how long after its last check a VERIFIED (or VERIFICATION_FAILED) run is checked
 *     again; the checks are spread over it
 * @param tick how often the watch looks for runs due; each look checks its share of them
 */
@ConfigurationProperties("rolewire.drift")
public record DriftProperties(Boolean enabled, Duration interval, Duration tick) {

    public DriftProperties {
        enabled = enabled == null || enabled;
        interval = interval == null ? Duration.ofHours(6) : interval;
        tick = tick == null ? Duration.ofMinutes(1) : tick;
        if (tick.isNegative() || tick.isZero() || interval.compareTo(tick) < 0) {
            throw new IllegalArgumentException("rolewire.drift.tick must be positive and at most the interval");
        }
    }

    /** How many of {@code wired} runs one look checks, so that all are checked once per interval. */
    public int perTick(long wired) {
        long ticks = Math.max(1, interval.toMillis() / tick.toMillis());
        return (int) Math.min(Integer.MAX_VALUE, Math.max(1, (wired + ticks - 1) / ticks));
    }
}
