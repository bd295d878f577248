package io.rolewire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.rolewire.audit.Checkpoint;
import io.rolewire.audit.Checkpoints;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckpointAgeGaugeTest {

    static final Instant ISSUED = Instant.parse("2026-12-04T05:00:00Z");

    final Checkpoints checkpoints = mock(Checkpoints.class);
    final SimpleMeterRegistry registry = new SimpleMeterRegistry();

    @Test
    void theAgeIsTheTimeSinceTheNewestCheckpointWasIssued() {
        when(checkpoints.latest(1)).thenReturn(List.of(checkpointIssuedAt(ISSUED)));
        bindAt(ISSUED.plusSeconds(90).plusMillis(500));

        assertThat(registry.get(CheckpointAgeGauge.NAME).timeGauge().value()).isEqualTo(90.5);
    }

    @Test
    void beforeTheFirstCheckpointThereIsNoAge() {
        when(checkpoints.latest(1)).thenReturn(List.of());
        bindAt(ISSUED);

        assertThat(registry.get(CheckpointAgeGauge.NAME).timeGauge().value()).isNaN();
    }

    private void bindAt(Instant now) {
        new CheckpointAgeGauge(checkpoints, Clock.fixed(now, ZoneOffset.UTC)).bindTo(registry);
    }

    private static Checkpoint checkpointIssuedAt(Instant issuedAt) {
        return new Checkpoint(3, "root", "head", issuedAt, "key", "text", "signature");
    }
}
