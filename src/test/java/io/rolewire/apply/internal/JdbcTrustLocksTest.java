package io.rolewire.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.rolewire.testsupport.MovableClock;
import io.rolewire.testsupport.RequiresPostgres;
import io.rolewire.testsupport.crash.ScratchDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Trust holds as rows: two instances (two lock objects on one database) take turns on a role, a hold
 * that ran out is taken over, and a write is remembered for the next reader. On H2 as the embedded
 * default runs it, and on PostgreSQL when one is configured.
 */
class JdbcTrustLocksTest {

    static final Duration HOLD = Duration.ofMinutes(3);

    final MovableClock clock = new MovableClock(Instant.parse("2026-12-04T10:00:00Z"));
    JdbcClient jdbc;
    JdbcTrustLocks instanceA;
    JdbcTrustLocks instanceB;

    @BeforeEach
    void onTheEmbeddedDefault() throws Exception {
        use(new DriverManagerDataSource("jdbc:h2:mem:trust-" + System.nanoTime()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"));
    }

    void use(DriverManagerDataSource database) throws Exception {
        jdbc = JdbcClient.create(database);
        jdbc.sql(Files.readString(Path.of("src/main/resources/db/migration/V23__trust_locks.sql")))
                .update();
        instanceA = new JdbcTrustLocks(jdbc, clock, HOLD, Duration.ofMillis(1), HOLD.plusSeconds(30));
        instanceB = new JdbcTrustLocks(jdbc, clock, HOLD, Duration.ofMillis(1), HOLD.plusSeconds(30));
    }

    @Test
    void aSecondStepWaitsUntilTheFirstReleasesTheRole() throws Exception {
        TrustLocks.Hold first = instanceA.acquire("222222222222", "orders-reader", "run 1", lease("a"));
        CountingLease waiting = lease("b");
        CompletableFuture<TrustLocks.Hold> second = CompletableFuture.supplyAsync(
                () -> instanceB.acquire("222222222222", "Orders-Reader", "run 2", waiting));

        await().until(() -> waiting.checks.get() >= 3);
        assertThat(second).as("the same role, whatever the case of its name").isNotDone();

        first.release(true);
        TrustLocks.Hold taken = second.get(30, TimeUnit.SECONDS);
        assertThat(taken.lastWrittenAt()).contains(clock.instant());
        taken.release(false);
    }

    @Test
    void otherRolesAndAccountsAreNotHeld() {
        instanceA.acquire("222222222222", "orders-reader", "run 1", lease("a"));

        instanceB.acquire("222222222222", "billing-reader", "run 2", lease("b")).release(false);
        instanceB.acquire("333333333333", "orders-reader", "run 3", lease("b")).release(false);
    }

    @Test
    void aWriteIsRememberedAndAReleaseWithoutOneKeepsTheLastWrite() {
        assertThat(instanceA.acquire("222222222222", "r", "run 1", lease("a")).lastWrittenAt())
                .isEmpty();
        // the hold above was never released; it runs out
        clock.advance(HOLD.plusSeconds(1));
        TrustLocks.Hold writer = instanceB.acquire("222222222222", "r", "run 2", lease("b"));
        Instant writtenAt = clock.instant();
        writer.release(true);

        clock.advance(Duration.ofMinutes(1));
        instanceA.acquire("222222222222", "r", "run 3", lease("a")).release(false);

        assertThat(instanceB.acquire("222222222222", "r", "run 4", lease("b")).lastWrittenAt())
                .contains(writtenAt);
    }

    @Test
    void aHoldThatRanOutIsTakenOverAndItsLateReleaseFreesNothingButRecordsTheWrite() {
        TrustLocks.Hold died = instanceA.acquire("222222222222", "r", "run 1", lease("a"));
        clock.advance(HOLD.plusSeconds(1));
        TrustLocks.Hold takenOver = instanceB.acquire("222222222222", "r", "run 2", lease("b"));

        died.release(true);

        JdbcTrustLocks third = new JdbcTrustLocks(jdbc, clock, HOLD, Duration.ofMillis(1), Duration.ofMillis(50));
        assertThatThrownBy(() -> third.acquire("222222222222", "r", "run 3", lease("c")))
                .isInstanceOf(TrustLocks.TrustBusy.class)
                .extracting(e -> ((TrustLocks.TrustBusy) e).holder())
                .isEqualTo("run 2 on b");
        takenOver.release(false);
        assertThat(third.acquire("222222222222", "r", "run 3", lease("c")).lastWrittenAt())
                .as("the late writer's write is known")
                .contains(clock.instant());
    }

    @Test
    void aReleaseThatCannotReachTheDatabaseLeavesTheHoldToRunOut() {
        TrustLocks.Hold hold = instanceA.acquire("222222222222", "r", "run 1", lease("a"));
        jdbc.sql("alter table trust_locks rename to trust_locks_gone").update();

        hold.release(true); // logged, not thrown: the step's outcome stands

        jdbc.sql("alter table trust_locks_gone rename to trust_locks").update();
        clock.advance(HOLD.plusSeconds(1));
        assertThat(instanceB.acquire("222222222222", "r", "run 2", lease("b")).lastWrittenAt())
                .isEmpty();
    }

    @Test
    void aStepWhoseLeaseIsLostStopsWaiting() {
        instanceA.acquire("222222222222", "r", "run 1", lease("a"));
        CountingLease lost = lease("b");
        lost.held.set(false);

        assertThatThrownBy(() -> instanceB.acquire("222222222222", "r", "run 2", lost))
                .isInstanceOf(LeaseLost.class);
    }

    @Nested
    @RequiresPostgres
    class OnPostgres {

        ScratchDatabase database;

        @BeforeEach
        void onAScratchDatabase() throws Exception {
            database = new ScratchDatabase();
            use(new DriverManagerDataSource(database.jdbcUrl(), database.user(), database.password()));
        }

        @AfterEach
        void drop() throws Exception {
            database.close();
        }

        @Test
        void aSecondStepWaits() throws Exception {
            JdbcTrustLocksTest.this.aSecondStepWaitsUntilTheFirstReleasesTheRole();
        }

        @Test
        void aWriteIsRemembered() {
            JdbcTrustLocksTest.this.aWriteIsRememberedAndAReleaseWithoutOneKeepsTheLastWrite();
        }

        @Test
        void aHoldThatRanOutIsTakenOver() {
            JdbcTrustLocksTest.this.aHoldThatRanOutIsTakenOverAndItsLateReleaseFreesNothingButRecordsTheWrite();
        }
    }

    static CountingLease lease(String instance) {
        return new CountingLease(instance);
    }

    /** A lease that counts how often a waiting step checked it. */
    static final class CountingLease implements Lease {

        final String instance;
        final AtomicInteger checks = new AtomicInteger();
        final AtomicBoolean held = new AtomicBoolean(true);

        CountingLease(String instance) {
            this.instance = instance;
        }

        @Override
        public String instance() {
            return instance;
        }

        @Override
        public boolean held() {
            checks.incrementAndGet();
            return held.get();
        }

        @Override
        public boolean stopping() {
            return false;
        }
    }
}
