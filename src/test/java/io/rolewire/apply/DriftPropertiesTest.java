package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The watch spreads its checks: each look takes its share, so every run is checked once per interval. */
class DriftPropertiesTest {

    @Test
    void eachLookChecksItsShareRoundedUpAndAtLeastOne() {
        DriftProperties hourly = new DriftProperties(true, Duration.ofHours(1), Duration.ofMinutes(1));

        assertThat(hourly.perTick(0)).isEqualTo(1);
        assertThat(hourly.perTick(60)).isEqualTo(1);
        assertThat(hourly.perTick(61)).isEqualTo(2);
        assertThat(hourly.perTick(6_000)).isEqualTo(100);
    }

    @Test
    void defaultsAreOnEverySixHoursLookingEveryMinute() {
        DriftProperties defaults = new DriftProperties(null, null, null);

        assertThat(defaults.enabled()).isTrue();
        assertThat(defaults.interval()).isEqualTo(Duration.ofHours(6));
        assertThat(defaults.tick()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void aTickLongerThanTheIntervalOrNotPositiveIsRefusedAtStartUp() {
        assertThatThrownBy(() -> new DriftProperties(true, Duration.ofMinutes(1), Duration.ofHours(1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DriftProperties(true, Duration.ofMinutes(1), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
