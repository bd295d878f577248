package io.rolewire.web.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Every commit on the H2 file database, explicit or implicit, and every CHECKPOINT waits for the one
 * lock; statements themselves never do. The lock is held by another thread, so the test sees who
 * queues on it.
 */
class SerializedH2CommitsTest {

    @TempDir
    Path directory;

    final ReentrantLock commits = new ReentrantLock();
    final ExecutorService threads = Executors.newCachedThreadPool();
    final CountDownLatch release = new CountDownLatch(1);
    SerializedH2Commits dataSource;

    @BeforeEach
    void aFileDatabase() throws SQLException {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + directory.resolve("db") + ";WRITE_DELAY=0");
        dataSource = new SerializedH2Commits(h2, commits);
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            sql.execute("create table notes (id int primary key, text varchar)");
        }
    }

    @AfterEach
    void stop() {
        release.countDown();
        threads.shutdownNow();
    }

    @Test
    void aCommitWaitsForTheLockAndIsInvisibleUntilItHasIt() throws Exception {
        holdTheLock();
        CompletableFuture<Void> committed = CompletableFuture.runAsync(
                () -> unchecked(() -> {
                    try (Connection connection = dataSource.getConnection()) {
                        connection.setAutoCommit(false);
                        insert(connection, 1);
                        connection.commit();
                    }
                }),
                threads);

        await().until(commits::hasQueuedThreads);
        assertThat(count()).isZero();

        release.countDown();
        committed.get(30, TimeUnit.SECONDS);
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void anAutoCommitStatementRunsAtOnceAndOnlyItsCommitWaits() throws Exception {
        holdTheLock();
        CompletableFuture<Boolean> committed = CompletableFuture.supplyAsync(
                () -> unchecked(() -> {
                    try (Connection connection = dataSource.getConnection()) {
                        insert(connection, 1);
                        return connection.getAutoCommit();
                    }
                }),
                threads);

        await().until(commits::hasQueuedThreads);
        assertThat(count()).as("not committed while the lock is held").isZero();

        release.countDown();
        assertThat(committed.get(30, TimeUnit.SECONDS))
                .as("auto-commit is back on")
                .isTrue();
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void statementsInATransactionAndQueriesDoNotWait() throws Exception {
        holdTheLock();
        try (Connection connection = dataSource.getConnection()) {
            assertThat(count(connection)).isZero();
            connection.setAutoCommit(false);
            insert(connection, 1);
            assertThat(count(connection)).isEqualTo(1);
            connection.rollback();
        }
        assertThat(commits.hasQueuedThreads()).isFalse();
    }

    @Test
    void aCheckpointWaitsForTheLock() throws Exception {
        holdTheLock();
        CompletableFuture<Void> checkpoint = CompletableFuture.runAsync(
                () -> unchecked(() -> {
                    try (Connection connection = dataSource.getConnection();
                            Statement sql = connection.createStatement()) {
                        connection.setAutoCommit(false);
                        sql.execute(" CHECKPOINT");
                        connection.rollback();
                    }
                }),
                threads);

        await().until(commits::hasQueuedThreads);
        assertThat(checkpoint).isNotDone();

        release.countDown();
        checkpoint.get(30, TimeUnit.SECONDS);
    }

    @Test
    void aFailedAutoCommitStatementIsRolledBackAndAutoCommitIsOnAgain() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            insert(connection, 1);
            try (PreparedStatement batch = connection.prepareStatement("insert into notes (id) values (?)")) {
                batch.setInt(1, 2);
                batch.addBatch();
                batch.setInt(1, 1);
                batch.addBatch();
                assertThatThrownBy(batch::executeBatch).isInstanceOf(SQLException.class);
            }
            assertThat(connection.getAutoCommit()).isTrue();
        }
        assertThat(count())
                .as("the batch is one transaction: the row before the failure is gone too")
                .isEqualTo(1);
    }

    @Test
    void statementsKnowTheirSerializedConnection() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement()) {
            assertThat(sql.getConnection()).isSameAs(connection);
        }
    }

    @Test
    void aStatementCreatedWithOptionsInsteadOfSqlWorksLikeAnyOther() throws Exception {
        try (Connection connection = dataSource.getConnection();
                Statement sql = connection.createStatement(ResultSet.TYPE_FORWARD_ONLY, ResultSet.CONCUR_READ_ONLY)) {
            sql.executeUpdate("insert into notes (id, text) values (1, 'x')");
        }
        assertThat(count()).isEqualTo(1);
    }

    @Test
    void onlyAnH2DatabaseInAFileIsSerialized() {
        assertThat(SerializedH2Commits.needed("jdbc:h2:file:./data/rolewire;WRITE_DELAY=0"))
                .isTrue();
        assertThat(SerializedH2Commits.needed("jdbc:h2:./data/rolewire")).isTrue();
        assertThat(SerializedH2Commits.needed("jdbc:h2:mem:test")).isFalse();
        assertThat(SerializedH2Commits.needed("jdbc:postgresql://127.0.0.1/rolewire"))
                .isFalse();
        assertThat(SerializedH2Commits.needed(null)).isFalse();
    }

    @Test
    void thePoolOfAnH2FileIsWrappedAndOthersAreLeftAsTheyAre() {
        BeanPostProcessor wrapping = StoreConfiguration.serializeH2Commits();
        try (HikariDataSource file = pool("jdbc:h2:file:" + directory.resolve("pool"));
                HikariDataSource memory = pool("jdbc:h2:mem:pool")) {
            assertThat(wrapping.postProcessAfterInitialization(file, "dataSource"))
                    .isInstanceOf(SerializedH2Commits.class);
            assertThat(wrapping.postProcessAfterInitialization(memory, "dataSource"))
                    .isSameAs(memory);
        }
    }

    private static HikariDataSource pool(String url) {
        HikariDataSource pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        return pool;
    }

    private void holdTheLock() {
        CountDownLatch held = new CountDownLatch(1);
        threads.execute(() -> {
            commits.lock();
            try {
                held.countDown();
                release.await();
            } catch (InterruptedException stopped) {
                Thread.currentThread().interrupt();
            } finally {
                commits.unlock();
            }
        });
        await().until(() -> held.getCount() == 0);
    }

    private static void insert(Connection connection, int id) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("insert into notes (id, text) values (?, 'x')")) {
            insert.setInt(1, id);
            insert.executeUpdate();
        }
    }

    private int count() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return count(connection);
        }
    }

    private static int count(Connection connection) throws SQLException {
        try (Statement sql = connection.createStatement();
                ResultSet rows = sql.executeQuery("select count(*) from notes")) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private interface SqlWork<T> {
        T run() throws Exception;
    }

    private interface SqlAction {
        void run() throws Exception;
    }

    private static <T> T unchecked(SqlWork<T> work) {
        try {
            return work.run();
        } catch (Exception failure) {
            throw new IllegalStateException(failure);
        }
    }

    private static void unchecked(SqlAction action) {
        unchecked(() -> {
            action.run();
            return null;
        });
    }
}
