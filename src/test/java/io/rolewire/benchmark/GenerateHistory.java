package io.rolewire.benchmark;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;

/**
 * Fills an H2 file database with generated history (runs, their search terms, their events as a
 * hash chain) through the real migrations. Not a test.
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
        // 300 accounts, 5,000 role names, 200 requesters; a line every 100,000 runs to follow a long load
        long events = new HistoryGenerator(dataSource).generate(new GeneratedRuns(42, 300, 5000, 200), runs, r -> {
            if (r.summary().id() % 100_000 == 0) {
                System.out.printf(
                        "run %d after %d s%n", r.summary().id(), (System.nanoTime() - started) / 1_000_000_000L);
            }
        });
        System.out.printf("%d runs, %d events in %d s%n", runs, events, (System.nanoTime() - started) / 1_000_000_000L);
    }

    static JdbcDataSource dataSource(String path) {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + new java.io.File(path).getAbsolutePath() + OPTIONS);
        dataSource.setUser("sa");
        dataSource.setPassword("");
        return dataSource;
    }
}
