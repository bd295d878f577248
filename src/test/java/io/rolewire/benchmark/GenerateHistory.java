package io.rolewire.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Fills an H2 file database with generated history (runs, their search terms, their events as a
 * hash chain) through the real migrations. Not a test.
 *
 * <p>The search terms' index (about 30 entries per run, in no particular order) is dropped for the
 * load and built again from the migration's own definition afterwards: H2 builds it by sorting in
 * minutes, while inserting 30 million entries one by one slowed the load down batch after batch.
 * The history's own table (V14) gets the same treatment: its 15 secondary indexes are built after
 * the load.
 *
 * <p>Arguments: database path (default target/bench/rolewire), number of runs (default 1,000,000).
 */
public final class GenerateHistory {

    static final String OPTIONS =
            ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;CACHE_SIZE=1048576";

    private GenerateHistory() {}

    public static void main(String[] args) throws Exception {
        String path = args.length > 0 ? args[0] : "target/bench/rolewire";
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        JdbcDataSource dataSource = dataSource(path);
        long started = System.nanoTime();
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration", "classpath:db/vendor/h2")
                .load()
                .migrate();
        List<String> deferred = new ArrayList<>(dropIndexes(dataSource, "run_search_terms"));
        deferred.addAll(dropIndexes(dataSource, "history_runs"));
        long events;
        try {
            // 300 accounts, 5,000 role names, 200 requesters; a line every 100,000 runs to follow a long load
            events = new HistoryGenerator(dataSource).generate(new GeneratedRuns(42, 300, 5000, 200), runs, r -> {
                if (r.summary().id() % 100_000 == 0) {
                    System.out.printf("run %d after %d s%n", r.summary().id(), seconds(started));
                }
            });
        } finally {
            System.out.printf("building %d deferred index(es) after %d s%n", deferred.size(), seconds(started));
            execute(dataSource, deferred);
        }
        System.out.printf("%d runs, %d events in %d s%n", runs, events, seconds(started));
    }

    /** Drops the table's indexes; returns the statements (H2's own SCRIPT) that create them again. */
    private static List<String> dropIndexes(JdbcDataSource dataSource, String table) throws SQLException {
        List<String> creates = new ArrayList<>();
        List<String> drops = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement();
                var rs = s.executeQuery("script nodata table " + table)) {
            while (rs.next()) {
                String line = rs.getString(1);
                if (line.startsWith("CREATE UNIQUE ") || line.startsWith("CREATE INDEX ")) {
                    creates.add(line);
                    drops.add("drop index " + line.split(" INDEX ")[1].split(" ON ")[0]);
                }
            }
        }
        execute(dataSource, drops);
        return creates;
    }

    private static void execute(JdbcDataSource dataSource, List<String> statements) throws SQLException {
        try (Connection c = dataSource.getConnection();
                Statement s = c.createStatement()) {
            for (String statement : statements) {
                s.execute(statement);
            }
        }
    }

    private static long seconds(long started) {
        return (System.nanoTime() - started) / 1_000_000_000L;
    }

    static JdbcDataSource dataSource(String path) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + new java.io.File(path).getAbsolutePath() + OPTIONS);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }
}
