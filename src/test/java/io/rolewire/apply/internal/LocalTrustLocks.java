package io.rolewire.apply.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/** {@link TrustLocks} within one JVM, for plain tests: a lock per role, and what was held and written. */
class LocalTrustLocks implements TrustLocks {

    private final Clock clock;
    private final Map<String, ReentrantLock> locks = new ConcurrentHashMap<>();
    private final Map<String, Instant> written = new ConcurrentHashMap<>();
    final List<String> held = new ArrayList<>();
    /** When set, every acquire fails as if this holder kept the role too long. */
    volatile String busyWith;
    /** When set, every acquire throws it (the database is gone). */
    volatile RuntimeException failure;

    LocalTrustLocks(Clock clock) {
        this.clock = clock;
    }

    /** As if Rolewire had written this role's trust at {@code at}. */
    void writtenAt(String accountId, String roleName, Instant at) {
        written.put(key(accountId, roleName), at);
    }

    @Override
    public Hold acquire(String accountId, String roleName, String holder, Lease lease) {
        if (failure != null) {
            throw failure;
        }
        if (busyWith != null) {
            throw new TrustBusy(busyWith);
        }
        String key = key(accountId, roleName);
        ReentrantLock lock = locks.computeIfAbsent(key, k -> new ReentrantLock());
        lock.lock();
        synchronized (held) {
            held.add(key);
        }
        Optional<Instant> last = Optional.ofNullable(written.get(key));
        return new Hold() {
            @Override
            public Optional<Instant> lastWrittenAt() {
                return last;
            }

            @Override
            public void release(boolean wrote) {
                if (wrote) {
                    written.put(key, clock.instant());
                }
                lock.unlock();
            }
        };
    }

    private static String key(String accountId, String roleName) {
        return accountId + "/" + roleName.toLowerCase(java.util.Locale.ROOT);
    }
}
