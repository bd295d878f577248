package io.rolewire.apply.internal;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The apply's two bounded pools: whole applies (at most {@code concurrentApplies} at a time, more
 * wait in the queue), and the second account's chain and plan reads. Closed with the application.
 */
final class ApplyPools implements AutoCloseable {

    private final ThreadPoolTaskExecutor applies;
    private final ThreadPoolTaskExecutor accounts;

    ApplyPools(int concurrentApplies) {
        this.applies = pool("rolewire-apply-", concurrentApplies);
        // one thread per apply for the other account's chain, as many again for plan reads
        this.accounts = pool("rolewire-account-", concurrentApplies * 2);
    }

    ThreadPoolTaskExecutor applies() {
        return applies;
    }

    ThreadPoolTaskExecutor accounts() {
        return accounts;
    }

    @Override
    public void close() {
        applies.shutdown();
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
