package io.rolewire.audit.internal;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.rolewire.audit.Checkpoint;
import io.rolewire.audit.Checkpoints;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code rolewire.checkpoint.age}: how long ago the newest signed checkpoint was issued. Checkpoints
 * are made on a schedule; an age far above its interval means they stopped, and events since then
 * are not covered by a signature outside the database. NaN until the first checkpoint exists.
 */
class CheckpointAgeGauge implements MeterBinder {

    static final String NAME = "rolewire.checkpoint.age";

    private final Checkpoints checkpoints;
    private final Clock clock;

    CheckpointAgeGauge(Checkpoints checkpoints, Clock clock) {
        this.checkpoints = checkpoints;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        TimeGauge.builder(NAME, this, TimeUnit.SECONDS, CheckpointAgeGauge::ageInSeconds)
                .description("Time since the newest signed checkpoint was issued")
                .register(registry);
    }

    double ageInSeconds() {
        List<Checkpoint> newest = checkpoints.latest(1);
        if (newest.isEmpty()) {
            return Double.NaN;
        }
        return Duration.between(newest.get(0).issuedAt(), clock.instant()).toMillis() / 1000.0;
    }
}
