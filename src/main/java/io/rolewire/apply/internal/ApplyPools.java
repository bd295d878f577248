package io.rolewire.apply.internal;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The apply's bounded pool for the second account's chain and for plan reads. Whole applies run on
 * the lease engine's threads ({@link ApplyLeases}, {@code concurrentApplies} of them). Closed with
 * the application, after the lease engine.
 */
final class ApplyPools implements AutoCloseable {

    private final ThreadPoolTaskExecutor accounts;

    ApplyPools(int concurrentApplies) {
        // one thread per apply for the other account's chain, as many again for plan reads
        this.accounts = pool("rolewire-account-", concurrentApplies * 2);
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
