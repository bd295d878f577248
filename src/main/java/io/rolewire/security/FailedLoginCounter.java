package io.rolewire.security;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.Locale;
import org.springframework.context.event.EventListener;

/**
 * {@code rolewire.logins.failed}: refused sign-ins (browser and HTTP Basic) by reason. Never by user
 * name or address: whoever guesses could then create a series per guess.
 */
final class FailedLoginCounter {

    static final String NAME = "rolewire.logins.failed";

    private final MeterRegistry registry;

    FailedLoginCounter(MeterRegistry registry) {
        this.registry = registry;
        // both series exist at 0 from the start: Prometheus' increase() misses a series' first sample
        for (LoginRefused.Reason reason : LoginRefused.Reason.values()) {
            count(reason, 0);
        }
    }

    @EventListener
    void on(LoginRefused refused) {
        count(refused.reason(), 1);
    }

    private void count(LoginRefused.Reason reason, int amount) {
        registry.counter(NAME, "reason", reason.name().toLowerCase(Locale.ROOT)).increment(amount);
    }
}
