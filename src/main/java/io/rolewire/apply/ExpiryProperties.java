package io.rolewire.apply;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rolewire.expiry.*}: the watch that un-wires a wiring once its end of access has passed
 * (ADR 019). AWS itself refuses the assume from the end on (the trust's {@code DateLessThan}); the
 * un-wire removes what is left.
 *
 * @param enabled false to never start an un-wire on a schedule (a person can still un-wire)
 * @param tick how often the watch looks for wirings whose access has ended
 */
@ConfigurationProperties("rolewire.expiry")
public record ExpiryProperties(Boolean enabled, Duration tick) {

    public ExpiryProperties {
        enabled = enabled == null || enabled;
        tick = tick == null ? Duration.ofMinutes(1) : tick;
        if (tick.isNegative() || tick.isZero()) {
            throw new IllegalArgumentException("rolewire.expiry.tick must be positive");
        }
    }
}
