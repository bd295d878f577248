package io.rolewire.web.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Can Rolewire write?", not merely "can it connect?": a real committed write of one row, so a full
 * disk, a read-only or closed H2 file and a stopped PostgreSQL all show. The readiness group
 * includes it (application.properties). Probed at most once per interval, whoever asks; a write
 * that takes longer than the deadline (the pool waiting for a database that is gone) is DOWN
 * without waiting for the pool's own, longer timeout.
 */
final class StoreHealthIndicator implements HealthIndicator, AutoCloseable {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration interval;
    private final Duration deadline;
    private final ExecutorService prober = Executors.newSingleThreadExecutor(task -> {
        Thread thread = new Thread(task, "store-probe");
        thread.setDaemon(true);
        return thread;
    });
    private Future<Health> probe;
    private Health last;
    private Instant probedAt = Instant.MIN;

    StoreHealthIndicator(
            JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, Duration interval, Duration deadline) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.interval = interval;
        this.deadline = deadline;
    }

    @Override
    public synchronized Health health() {
        if (last == null || !clock.instant().isBefore(probedAt.plus(interval))) {
            last = awaitProbe();
            probedAt = clock.instant();
        }
        return last;
    }

    @Override
    public void close() {
        prober.shutdownNow();
    }

    /** A probe still stuck from last time is awaited again rather than piled up. */
    private Health awaitProbe() {
        if (probe == null || probe.isDone()) {
            probe = prober.submit(this::write);
        }
        try {
            return probe.get(deadline.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            return Health.down()
                    .withDetail("reason", "no write within " + deadline)
                    .build();
        } catch (ExecutionException failed) {
            return Health.down().withDetail("reason", "probe failed").build();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Health.unknown().build();
        }
    }

    private Health write() {
        try {
            Integer written = transactions.execute(status ->
                    jdbc.update("update store_probe set probed_at = ? where id = 1", Timestamp.from(clock.instant())));
            return written != null && written == 1
                    ? Health.up().build()
                    : Health.down()
                            .withDetail("reason", "store_probe row missing")
                            .build();
        } catch (RuntimeException failure) {
            return Health.down()
                    .withDetail("reason", failure.getClass().getSimpleName())
                    .build();
        }
    }
}
