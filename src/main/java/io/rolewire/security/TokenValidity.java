package io.rolewire.security;

import java.time.Duration;

/** The lifetimes a user may choose for a token: short-lived by default, never unlimited. */
public enum TokenValidity {
    DAYS_7(7),
    DAYS_30(30),
    DAYS_90(90);

    private final int days;

    TokenValidity(int days) {
        this.days = days;
    }

    public int days() {
        return days;
    }

    public Duration duration() {
        return Duration.ofDays(days);
    }
}
