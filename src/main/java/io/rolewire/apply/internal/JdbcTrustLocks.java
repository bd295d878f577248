package io.rolewire.apply.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.retry.RetryException;
import org.springframework.core.retry.RetryPolicy;
import org.springframework.core.retry.RetryTemplate;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * {@link TrustLocks} as rows of {@code trust_locks}, held as leases: taking one is a single
 * conditional update (free, or its holder's {@code held_until} has passed), so a holder that died
 * frees the role when its hold runs out, and no transaction stays open across AWS calls.
 */
final class JdbcTrustLocks implements TrustLocks {

    private static final Logger log = LoggerFactory.getLogger(JdbcTrustLocks.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration holdFor;
    private final RetryPolicy waiting;

    /**
     * @param holdFor how long a hold lasts: longer than a trust step may take (its read, and its
     *     write retried while a new source role propagates)
     * @param firstWait the first pause while the role is held; pauses double up to half a second
     * @param maxWait how long a step waits for the role before it gives up (longer than {@code
     *     holdFor}, so a hold whose holder died runs out first)
     */
    JdbcTrustLocks(JdbcClient jdbc, Clock clock, Duration holdFor, Duration firstWait, Duration maxWait) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.holdFor = holdFor;
        this.waiting = RetryPolicy.builder()
                .predicate(TrustBusy.class::isInstance)
                .maxRetries(Long.MAX_VALUE)
                .delay(firstWait)
                .multiplier(2)
                .maxDelay(Duration.ofMillis(500))
                .timeout(maxWait)
                .build();
    }

    @Override
    public Hold acquire(String accountId, String roleName, String holder, Lease lease) {
        String role = roleName.toLowerCase(Locale.ROOT);
        String holding = holder + " on " + lease.instance() + " ["
                + UUID.randomUUID().toString().substring(0, 8) + "]";
        try {
            return new RetryTemplate(waiting).execute(() -> {
                if (!lease.held()) {
                    throw new LeaseLost(lease.instance());
                }
                return tryAcquire(accountId, role, holding);
            });
        } catch (RetryException gaveUp) {
            if (gaveUp.getLastException() instanceof RuntimeException last) {
                throw last;
            }
            throw new IllegalStateException(gaveUp);
        }
    }

    private Hold tryAcquire(String accountId, String role, String holding) {
        Instant now = clock.instant();
        int taken = jdbc.sql("update trust_locks set holder = :holder, held_until = :until"
                        + " where account_id = :account and role_name = :role"
                        + " and (holder is null or held_until < :now)")
                .param("holder", holding)
                .param("until", utc(now.plus(holdFor)))
                .param("now", utc(now))
                .param("account", accountId)
                .param("role", role)
                .update();
        if (taken == 1) {
            return new JdbcHold(accountId, role, holding, lastWrittenAt(accountId, role));
        }
        Optional<String> current = currentHolder(accountId, role);
        if (current.isEmpty()) {
            createRow(accountId, role);
            return tryAcquire(accountId, role, holding);
        }
        throw new TrustBusy(current.get());
    }

    /** Empty when the role has no row yet; a row that is free but was just taken counts as busy. */
    private Optional<String> currentHolder(String accountId, String role) {
        return jdbc.sql(
                        "select coalesce(holder, '') from trust_locks where account_id = :account and role_name = :role")
                .param("account", accountId)
                .param("role", role)
                .query(String.class)
                .optional()
                .map(holder -> holder.isEmpty() ? "another step" : holder.replaceFirst(" \\[[0-9a-f]+]$", ""));
    }

    private void createRow(String accountId, String role) {
        try {
            jdbc.sql("insert into trust_locks (account_id, role_name) values (:account, :role)")
                    .param("account", accountId)
                    .param("role", role)
                    .update();
        } catch (DuplicateKeyException anotherStepCreatedIt) {
            // the row is there either way
        }
    }

    private Optional<Instant> lastWrittenAt(String accountId, String role) {
        return jdbc.sql("select last_written_at from trust_locks where account_id = :account and role_name = :role")
                .param("account", accountId)
                .param("role", role)
                .query((rs, row) -> Optional.ofNullable(rs.getObject(1, OffsetDateTime.class))
                        .map(OffsetDateTime::toInstant))
                .single();
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private final class JdbcHold implements Hold {

        private final String accountId;
        private final String role;
        private final String holding;
        private final Optional<Instant> lastWrittenAt;

        JdbcHold(String accountId, String role, String holding, Optional<Instant> lastWrittenAt) {
            this.accountId = accountId;
            this.role = role;
            this.holding = holding;
            this.lastWrittenAt = lastWrittenAt;
        }

        @Override
        public Optional<Instant> lastWrittenAt() {
            return lastWrittenAt;
        }

        /**
         * Frees the role only for its holder (a hold that ran out and was taken by another step is
         * theirs now), but records a write in any case: the next reader must read the trust again.
         */
        @Override
        public void release(boolean wrote) {
            try {
                record(wrote);
            } catch (DataAccessException storeFailed) {
                // the step's outcome stands; the hold runs out by itself at held_until
                log.warn(
                        "Could not release the trust hold on {}/{} ({}); it runs out by itself",
                        accountId,
                        role,
                        storeFailed.getMessage());
            }
        }

        private void record(boolean wrote) {
            jdbc.sql("update trust_locks set"
                            + " last_written_at = case when :wrote then :now else last_written_at end,"
                            + " held_until = case when holder = :holder then null else held_until end,"
                            + " holder = case when holder = :holder then null else holder end"
                            + " where account_id = :account and role_name = :role")
                    .param("wrote", wrote)
                    .param("now", utc(clock.instant()))
                    .param("account", accountId)
                    .param("role", role)
                    .param("holder", holding)
                    .update();
        }
    }
}
