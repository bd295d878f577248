package io.rolewire.apply.internal;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The apply's bounded pool for steps that run side by side, verification checks and plan reads. Whole applies run on
 * the lease engine's threads ({@link ApplyLeases}, {@code concurrentApplies} of them). Closed with
 * the application, after the lease engine.
 */
final class ApplyPools implements AutoCloseable {

    private final ThreadPoolTaskExecutor accounts;

    ApplyPools(int concurrentApplies) {
        // an apply's widest moment is about four independent steps (or three verification checks); plan
        // reads of requests share the pool. A full pool queues work, it never blocks a waiting step.
        this.accounts = pool("rolewire-account-", concurrentApplies * 4);
    }

    ThreadPoolTaskExecutor accounts() {
        return accounts;
    }

    @Override
    public void close() {
        accounts.shutdown();
    }

    private static ThreadPoolTaskExecutor pool(String prefix, int threads) {
        ThreadPoolTaskExecutor pool = new ThreadPoolTaskExecutor();
        pool.setThreadNamePrefix(prefix);
        pool.setCorePoolSize(threads);
        pool.setMaxPoolSize(threads);
        pool.setQueueCapacity(1000);
        pool.initialize();
        return pool;
    }
}
