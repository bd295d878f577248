package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    final AtomicLong nanos = new AtomicLong(1_000_000_000L);
    final LoginThrottle throttle =
            new LoginThrottle(new SecurityProperties.Throttle(3, 5, Duration.ofMinutes(1)), nanos::get);

    @Test
    void theUsersBudgetOfFailuresRunsOutAndSaysHowLongToWait() {
        failTimes("alice", "10.0.0.1", 3);

        assertThat(throttle.refusal("alice", "10.0.0.2"))
                .hasValueSatisfying(wait -> assertThat(wait).isPositive().isLessThanOrEqualTo(Duration.ofMinutes(1)));
        assertThat(throttle.refusal("ALICE", "10.0.0.3"))
                .as("usernames are case-insensitive")
                .isPresent();
        assertThat(throttle.refusal("bob", "10.0.0.1"))
                .as("another user, same address")
                .isEmpty();
    }

    @Test
    void theAddressBudgetCoversEveryUsernameTriedFromIt() {
        failTimes("u1", "10.0.0.9", 2);
        failTimes("u2", "10.0.0.9", 2);
        failTimes("u3", "10.0.0.9", 1);

        assertThat(throttle.refusal("someone-new", "10.0.0.9")).isPresent();
        assertThat(throttle.refusal("someone-new", "10.0.0.10")).isEmpty();
    }

    @Test
    void successesCostNothingAndASuccessfulLoginRefillsTheUsersBudget() {
        failTimes("alice", "10.0.0.1", 2);
        throttle.succeeded("alice");
        failTimes("alice", "10.0.0.1", 2);

        assertThat(throttle.refusal("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void theBudgetIsFullAgainAfterThePeriod() {
        failTimes("alice", "10.0.0.1", 3);
        assertThat(throttle.refusal("alice", "10.0.0.1")).isPresent();

        nanos.addAndGet(Duration.ofSeconds(61).toNanos());

        assertThat(throttle.refusal("alice", "10.0.0.1")).isEmpty();
    }

    @Test
    void withoutAnAddressOnlyTheUserCounts() {
        failTimes("alice", null, 3);

        assertThat(throttle.refusal("alice", null)).isPresent();
        assertThat(throttle.refusal("bob", null)).isEmpty();
    }

    @Test
    void aHugeUsernameCountsUnderItsFirst256Characters() {
        String prefix = "x".repeat(256);
        failTimes(prefix + "a".repeat(100_000), "10.0.0.1", 3);

        assertThat(throttle.refusal(prefix + "b", "10.0.0.2")).isPresent();
        assertThat(throttle.refusal("x".repeat(255), "10.0.0.2")).isEmpty();
    }

    private void failTimes(String user, String address, int times) {
        for (int i = 0; i < times; i++) {
            assertThat(throttle.refusal(user, address)).isEmpty();
            throttle.failed(user, address);
        }
    }
}
