package io.rolewire.audit.internal;

import io.rolewire.audit.IntegrityReport;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/**
 * Not a test (no suite runs it): a probe of the constant-memory claim. It fills an H2 file database
 * with N chained events of one run, then verifies the chain with whatever heap the JVM was given
 * (a run's exports now carry inclusion proofs and hold the run's events, tens in practice), e.g. {@code java -Xmx64m ... ChainScaleProbe /tmp/probe 1000000}.
 */
final class ChainScaleProbe {

    public static void main(String[] args) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL("jdbc:h2:file:" + args[0] + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        h2.setUser("sa");
        int count = Integer.parseInt(args[1]);
        Flyway.configure()
                .dataSource(h2)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        long started = System.nanoTime();
        fill(h2, count);
        report("filled", started);
        started = System.nanoTime();
        IntegrityReport report = new JdbcIntegrity(h2, null, null, new DataSourceTransactionManager(h2)).verifyLinks();
        report("verified " + report, started);
    }

    private static void fill(JdbcDataSource h2, int count) throws Exception {
        try (Connection db = h2.getConnection()) {
            db.setAutoCommit(false);
            db.createStatement().execute("""
                    insert into runs (id, status, workload, region, source_account_id, source_role_name,
                      destination_account_id, destination_role_name, input_json, findings_json, plan_hash,
                      created_by, created_at)
                    values (1, 'DRAFT', 'ECS_TASK', 'us-east-1', '111122223333', 'a', '555566667777', 'b',
                      '{}', '[]', repeat('a', 64), 'probe', current_timestamp)""");
            PreparedStatement insert = db.prepareStatement("insert into run_events (" + ChainedEvent.COLUMNS
                    + ") values (?, 1, ?, 'NOTE', 'probe', ?, ?, ?, ?, 2)");
            String previous = ChainHasher.GENESIS;
            Instant at = Instant.parse("2026-11-22T12:00:00Z");
            for (int position = 1; position <= count; position++) {
                String detail = "{\"n\":" + position + ",\"note\":\"some text to give the row a size\"}";
                ChainedEvent event =
                        new ChainedEvent((long) position, 1L, position, "NOTE", "probe", at, detail, previous, null);
                String hash = ChainHasher.hash(previous, event);
                insert.setLong(1, position);
                insert.setInt(2, position);
                insert.setObject(3, at.atOffset(ZoneOffset.UTC));
                insert.setString(4, detail);
                insert.setString(5, previous);
                insert.setString(6, hash);
                insert.addBatch();
                previous = hash;
                if (position % 10_000 == 0) {
                    insert.executeBatch();
                    db.commit();
                }
            }
            insert.executeBatch();
            db.commit();
        }
    }

    private static void report(String what, long started) {
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                "%s in %d ms; heap max %d MB, used now %d MB%n",
                what,
                (System.nanoTime() - started) / 1_000_000,
                runtime.maxMemory() >> 20,
                (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }
}
