package io.rolewire.security;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The tokens this instance has looked up, kept under a lease so that a request needs no database
 * read while a revocation anywhere still takes effect everywhere before it is confirmed (ADR 015).
 *
 * <p>A poll reads the revocation revision (V20); while it is unchanged, the rows kept are still
 * what the database holds, and the lease runs until {@code lease} after the start of the last such
 * poll. When the revision moves, everything kept is dropped. Past its lease, or before the first
 * poll, every lookup reads the database as if there were no cache. A revocation moves the
 * revision, and the instance that made it waits one lease ({@link #awaitOtherInstances}): by then
 * every instance has either polled since or stopped answering from memory.
 *
 * <p>Rows are kept whatever their status: a revoked or expired token stays so, and its status is
 * checked against the clock at each use. Unknown hashes are not kept, so guessing fills nothing.
 */
@Component
final class VerifiedTokenCache {

    private static final Logger log = LoggerFactory.getLogger(VerifiedTokenCache.class);
    private static final long UNKNOWN = -1;

    private final ApiTokenStore store;
    private final long leaseNanos;
    private final LongSupplier nanoTime;
    private final Waiter waiter;
    private volatile Generation current;
    private ScheduledExecutorService poller;

    /** How the revoking instance waits out other instances' leases (a test need not sleep). */
    interface Waiter {
        void await(Duration duration) throws InterruptedException;
    }

    /** @param lease zero for no cache: every lookup reads the database */
    VerifiedTokenCache(ApiTokenStore store, Duration lease, LongSupplier nanoTime, Waiter waiter) {
        this.store = store;
        this.leaseNanos = lease.toNanos();
        this.nanoTime = nanoTime;
        this.waiter = waiter;
        this.current = new Generation(UNKNOWN, nanoTime.getAsLong());
    }

    /** @param lease {@code rolewire.security.token-cache-lease}; 0 turns the cache off */
    @Autowired
    VerifiedTokenCache(ApiTokenStore store, @Value("${rolewire.security.token-cache-lease:1s}") Duration lease) {
        this(store, lease, System::nanoTime, d -> Thread.sleep(d.toMillis()));
    }

    /** Polls four times a lease, so a late or failed poll or two does not end the lease. */
    @PostConstruct
    void startPolling() {
        if (leaseNanos == 0) {
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "token-revision-poll");
            thread.setDaemon(true);
            return thread;
        });
        long period = Math.max(1, leaseNanos / 4);
        poller.scheduleWithFixedDelay(this::poll, 0, period, TimeUnit.NANOSECONDS);
    }

    @PreDestroy
    void stopPolling() {
        if (poller != null) {
            poller.shutdownNow();
        }
    }

    Duration lease() {
        return Duration.ofNanos(leaseNanos);
    }

    /** The token with this SHA-256, from memory while leased, else from the database. */
    Optional<ApiTokenStore.Owned> find(String hash) {
        // taken before the read: a row read after a poll moved the revision lands in a dropped map
        Generation generation = current;
        if (generation.leasedAt(nanoTime.getAsLong())) {
            ApiTokenStore.Owned kept = generation.tokens.get(hash);
            if (kept != null) {
                return Optional.of(kept);
            }
        }
        Optional<ApiTokenStore.Owned> found = store.byHash(hash);
        if (leaseNanos > 0) {
            found.ifPresent(owned -> generation.tokens.put(hash, owned));
        }
        return found;
    }

    /** Replaces what is kept, only if it is still {@code seen} (a newer read wins). */
    void replace(String hash, ApiTokenStore.Owned seen, ApiTokenStore.Owned updated) {
        current.tokens.replace(hash, seen, updated);
    }

    /** Renews the lease when the revision is unchanged, else starts over with nothing kept. */
    synchronized void poll() {
        long started = nanoTime.getAsLong();
        long revision;
        try {
            revision = store.revision();
        } catch (RuntimeException unreadable) {
            // the lease runs out and lookups read the database (which answers, or fails the request);
            // caught whatever it is: an escaping exception would end the scheduled polls for good
            log.debug("token revision not read; the cache lapses with its lease", unreadable);
            return;
        }
        Generation generation = current;
        if (generation.revision == revision) {
            generation.leaseEnds = started + leaseNanos;
        } else {
            current = new Generation(revision, started + leaseNanos);
        }
    }

    /**
     * After this instance revoked a token: forgets what it kept at once, then waits one lease, the
     * longest another instance can still answer from what it read before the revocation.
     */
    void awaitOtherInstances() {
        forget();
        if (leaseNanos == 0) {
            return;
        }
        try {
            waiter.await(lease());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while a revocation reached every instance", interrupted);
        }
    }

    private synchronized void forget() {
        current = new Generation(UNKNOWN, nanoTime.getAsLong());
    }

    /** What one unchanged revision let this instance keep. */
    private static final class Generation {
        final long revision;
        final Map<String, ApiTokenStore.Owned> tokens = new ConcurrentHashMap<>();
        volatile long leaseEnds;

        Generation(long revision, long leaseEnds) {
            this.revision = revision;
            this.leaseEnds = leaseEnds;
        }

        boolean leasedAt(long nanoTime) {
            return revision != UNKNOWN && nanoTime - leaseEnds < 0;
        }
    }
}
