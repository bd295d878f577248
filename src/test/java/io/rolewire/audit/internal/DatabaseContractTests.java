package io.rolewire.audit.internal;

import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.Integrity;
import io.rolewire.audit.IntegrityReport;
import io.rolewire.audit.RunEvent;
import io.rolewire.audit.RunHistory;
import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.Run;
import io.rolewire.runs.Runs;
import io.rolewire.runs.WizardDrafts;
import io.rolewire.runs.events.Exported;
import io.rolewire.runs.events.LivePlanRead;
import io.rolewire.wiring.WiringInput;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What must hold on every database we support: the migrations apply, the schema works with our
 * SQL, and the database itself keeps run_events append-only. Subclasses choose the database.
 * No test transaction: each statement commits, as in production, and a refused statement must not
 * poison the statements after it. The database may hold rows from earlier runs (a reused
 * PostgreSQL), so every check looks at rows it created itself.
 */
@PersistenceSlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
abstract class DatabaseContractTests {

    @Autowired
    JdbcTemplate jdbcTemplate;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Runs runs;

    @Autowired
    EventLog eventLog;

    @Autowired
    WizardDrafts drafts;

    @Autowired
    RunHistory history;

    @Autowired
    Integrity integrity;

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theCommonAndTheVendorMigrationsAreApplied() {
        List<String> applied = jdbc.sql(
                        "select version from flyway_schema_history where success and version in ('1', '1.1', '2')")
                .query(String.class)
                .list();

        assertThat(applied).containsExactlyInAnyOrder("1", "1.1", "2");
    }

    @Test
    void everyTableExists() {
        List<String> tables = jdbc.sql("""
                        select lower(table_name) from information_schema.tables
                        where lower(table_schema) = lower(current_schema())
                          and lower(table_name) in ('runs', 'run_documents', 'run_events', 'wizard_drafts')
                        """).query(String.class).list();

        assertThat(tables).containsExactlyInAnyOrder("runs", "run_documents", "run_events", "wizard_drafts");
    }

    @Test
    void aDraftRoundTripsWithItsCreatedEvent() {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader");

        Run created = runs.createDraft(input, previewFor(input), new Actor("operator"));

        assertThat(runs.find(created.id())).contains(created);
        assertThat(eventLog.eventsOf(created.id())).extracting(RunEvent::type).containsExactly(RunEvent.CREATED);
        assertThat(history.search(HistoryFilter.none(), created.id() + 1, 1).items())
                .singleElement()
                .satisfies(summary -> assertThat(summary.createdAt()).isEqualTo(created.createdAt()));
    }

    @Test
    void aWizardDraftRoundTripsForItsOwnerOnly() {
        UUID id = drafts.start(new Actor("alice"), "{\"step\":\"source\"}");

        assertThat(drafts.load(id, new Actor("alice"))).contains("{\"step\":\"source\"}");
        assertThat(drafts.load(id, new Actor("bob"))).isEmpty();
    }

    @Test
    void theDatabaseRefusesToUpdateAnEvent() {
        long run = newRun();

        assertThatThrownBy(() -> jdbcTemplate.update("update run_events set actor = 'mallory' where run_id = ?", run))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("append-only");
        assertThat(eventLog.eventsOf(run))
                .singleElement()
                .extracting(RunEvent::actor)
                .isEqualTo("operator");
    }

    @Test
    void theDatabaseRefusesToDeleteAnEvent() {
        long run = newRun();

        assertThatThrownBy(() -> jdbcTemplate.update("delete from run_events where run_id = ?", run))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("append-only");
        assertThat(eventLog.eventsOf(run)).hasSize(1);
    }

    @Test
    void concurrentAppendsToOneRunGetEverySeqExactlyOnce() throws Exception {
        long run = newRun();
        int threads = 4;
        int perThread = 15;
        Callable<Void> appender = () -> {
            for (int i = 0; i < perThread; i++) {
                eventLog.append(run, new LivePlanRead("note", Map.of()), "operator", Instant.now());
            }
            return null;
        };

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Void>> done = pool.invokeAll(List.of(appender, appender, appender, appender));
            for (Future<Void> each : done) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }

        List<Integer> seqs = jdbc.sql("select seq from run_events where run_id = :run order by seq")
                .param("run", run)
                .query(Integer.class)
                .list();
        assertThat(seqs)
                .containsExactlyElementsOf(IntStream.rangeClosed(1, 1 + threads * perThread)
                        .boxed()
                        .toList());
    }

    @Test
    void concurrentAppendsToManyRunsAndAuditEventsKeepOneUnbrokenChain() throws Exception {
        List<Long> runIds = List.of(newRun(), newRun(), newRun());
        long before = chainLength();
        Callable<Void> runAppender = () -> {
            for (int i = 0; i < 10; i++) {
                eventLog.append(
                        runIds.get(i % runIds.size()), new LivePlanRead("i" + i, Map.of()), "operator", Instant.now());
            }
            return null;
        };
        Callable<Void> auditAppender = () -> {
            for (int i = 0; i < 10; i++) {
                eventLog.appendAuditEvent(
                        new Exported("history", null, Map.of("i", "" + i), "csv"), "reviewer", Instant.now());
            }
            return null;
        };

        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            for (Future<Void> each : pool.invokeAll(List.of(runAppender, auditAppender, runAppender, auditAppender))) {
                each.get();
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(chainLength()).isEqualTo(before + 40);
        assertThat(integrity.verifyChain()).isEqualTo(IntegrityReport.intact(chainLength()));
        runIds.forEach(id -> assertThat(integrity.verifyRun(id).ok()).isTrue());
    }

    @Test
    void theDatabaseRefusesToRewriteAHash() {
        long run = newRun();

        assertThatThrownBy(() ->
                        jdbcTemplate.update("update run_events set hash = ? where run_id = ?", "0".repeat(64), run))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("append-only");
    }

    long chainLength() {
        return jdbc.sql("select count(*) from run_events").query(Long.class).single();
    }

    @Test
    void aCommittedEventIsSealedSoonAndOnlyOnce() {
        long run = newRun();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> jdbcTemplate.queryForObject(
                                "select count(*) from run_events where run_id = ? and position is null",
                                Integer.class,
                                run)
                        == 0);
        long id = jdbcTemplate.queryForObject("select id from run_events where run_id = ?", Long.class, run);

        assertThatThrownBy(() -> jdbcTemplate.update(
                        "update run_events set position = position + 1000000, previous_hash = hash, hash = ? where id = ?",
                        "ab".repeat(32),
                        id))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("append-only");
    }

    @Test
    void sealingMayNotChangeAnythingElse() {
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        transaction.executeWithoutResult(status -> {
            long run = newRun();
            long id = jdbcTemplate.queryForObject("select id from run_events where run_id = ?", Long.class, run);

            assertThatThrownBy(() -> jdbcTemplate.update(
                            "update run_events set position = ?, previous_hash = ?, hash = ?, actor = 'mallory'"
                                    + " where id = ?",
                            Long.MAX_VALUE,
                            "0".repeat(64),
                            "ab".repeat(32),
                            id))
                    .isInstanceOf(DataIntegrityViolationException.class)
                    .hasMessageContaining("append-only");
            status.setRollbackOnly();
        });
    }

    @Test
    void anEventCommittedAfterALaterOneIsSealedAfterItAndTheChainStaysWhole() throws Exception {
        long early = newRun();
        long late = newRun();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch mayCommit = new CountDownLatch(1);
        ExecutorService slow = Executors.newSingleThreadExecutor();
        try {
            Future<?> earlyCommit = slow.submit(() -> transaction.executeWithoutResult(status -> {
                eventLog.append(early, new LivePlanRead("early", Map.of()), "admin", Instant.now());
                appended.countDown();
                awaitQuietly(mayCommit);
            }));
            assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
            eventLog.append(late, new LivePlanRead("late", Map.of()), "admin", Instant.now());
            assertThat(integrity.verifyChain().ok()).isTrue();
            mayCommit.countDown();
            earlyCommit.get(30, TimeUnit.SECONDS);
        } finally {
            slow.shutdownNow();
        }

        assertThat(integrity.verifyChain().ok()).isTrue();
        long earlyId = lastEventId(early);
        long lateId = lastEventId(late);
        assertThat(earlyId).isLessThan(lateId);
        assertThat(positionOf(earlyId)).isGreaterThan(positionOf(lateId));
    }

    private long lastEventId(long run) {
        return jdbcTemplate.queryForObject("select max(id) from run_events where run_id = ?", Long.class, run);
    }

    private long positionOf(long eventId) {
        return jdbcTemplate.queryForObject("select position from run_events where id = ?", Long.class, eventId);
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    long newRun() {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader");
        return runs.createDraft(input, previewFor(input), new Actor("operator")).id();
    }
}
