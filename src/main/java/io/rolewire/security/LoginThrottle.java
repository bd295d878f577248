package io.rolewire.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.resilience4j.ratelimiter.RateLimiterConfig;
import io.github.resilience4j.ratelimiter.internal.AtomicRateLimiter;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Failed sign-ins allowed per username and per client address, one resilience4j rate limiter per
 * key: each failure takes a permit, and the permits refill every period. Only failures create a
 * limiter, and idle ones are dropped, so a spray of made-up usernames cannot grow memory unbounded.
 */
final class LoginThrottle {

    private static final int MAX_KEYS = 100_000;
    private static final int MAX_NAME = 256;

    private final RateLimiterConfig perUser;
    private final RateLimiterConfig perAddress;
    private final Supplier<Long> nanoTime;
    private final Cache<String, AtomicRateLimiter> limiters;

    LoginThrottle(SecurityProperties.Throttle settings, Supplier<Long> nanoTime) {
        this.perUser = config(settings.perUser(), settings.period());
        this.perAddress = config(settings.perAddress(), settings.period());
        this.nanoTime = nanoTime;
        this.limiters = Caffeine.newBuilder()
                .expireAfterAccess(settings.period().multipliedBy(2))
                .maximumSize(MAX_KEYS)
                .build();
    }

    /** How long to wait when this user or this address has no failure left; empty when allowed. */
    Optional<Duration> refusal(String username, String address) {
        long wait = Math.max(wait(userKey(username)), address == null ? 0 : wait(addressKey(address)));
        return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
    }

    void failed(String username, String address) {
        limiter(userKey(username), perUser).acquirePermission(1);
        if (address != null) {
            limiter(addressKey(address), perAddress).acquirePermission(1);
        }
    }

    /** The right password proves the failures were the user's own typos: the user's budget is full again. */
    void succeeded(String username) {
        limiters.invalidate(userKey(username));
    }

    private long wait(String key) {
        AtomicRateLimiter limiter = limiters.getIfPresent(key);
        if (limiter == null || limiter.getDetailedMetrics().getAvailablePermissions() > 0) {
            return 0;
        }
        return Math.max(1, limiter.getDetailedMetrics().getNanosToWait());
    }

    private AtomicRateLimiter limiter(String key, RateLimiterConfig config) {
        return limiters.get(key, k -> new AtomicRateLimiter(k, config, Map.of(), nanoTime));
    }

    // usernames are case-insensitive for the user store, so they are for the budget too; a form
    // field can carry megabytes, and no real username is longer than the cut
    private static String userKey(String username) {
        String name = String.valueOf(username);
        return "user:" + name.substring(0, Math.min(name.length(), MAX_NAME)).toLowerCase(Locale.ROOT);
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }

    private static RateLimiterConfig config(int failures, Duration period) {
        return RateLimiterConfig.custom()
                .limitForPeriod(failures)
                .limitRefreshPeriod(period)
                .timeoutDuration(Duration.ZERO)
                .build();
    }
}
