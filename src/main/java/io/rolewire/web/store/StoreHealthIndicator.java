package io.rolewire.web.store;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * "Can Rolewire write?", not merely "can it connect?": a real committed write of one row, so a full
 * disk, a read-only or closed H2 file and a stopped PostgreSQL all show. The readiness group
 * includes it (application.properties). Probed at most once per interval, whoever asks.
 */
final class StoreHealthIndicator implements HealthIndicator {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Duration interval;
    private Health last;
    private Instant probedAt = Instant.MIN;

    StoreHealthIndicator(JdbcTemplate jdbc, TransactionTemplate transactions, Clock clock, Duration interval) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
        this.interval = interval;
    }

    @Override
    public synchronized Health health() {
        Instant now = clock.instant();
        if (last == null || !now.isBefore(probedAt.plus(interval))) {
            last = probe(now);
            probedAt = clock.instant();
        }
        return last;
    }

    private Health probe(Instant now) {
        try {
            Integer written = transactions.execute(
                    status -> jdbc.update("update store_probe set probed_at = ? where id = 1", Timestamp.from(now)));
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
