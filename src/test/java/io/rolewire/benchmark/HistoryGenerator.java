package io.rolewire.benchmark;

import io.rolewire.audit.RunSummary;
import io.rolewire.audit.internal.ChainRows;
import io.rolewire.audit.internal.SearchTermRows;
import io.rolewire.benchmark.GeneratedRuns.GeneratedRun;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.function.Consumer;
import javax.sql.DataSource;

/**
 * Inserts generated runs, their search terms and their events with JDBC batches, committing every
 * few thousand runs: the same tables the application writes, none of its per-row work (locks, seq
 * lookups).
 */
public final class HistoryGenerator {

    static final int BATCH = 20_000;
    static final String RUN_SQL = "insert into runs (id, status, workload, region, source_account_id, "
            + "source_role_name, destination_account_id, destination_role_name, task_family, input_json, "
            + "findings_json, plan_hash, created_by, created_at) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    static final String EVENT_SQL = "insert into run_events (run_id, seq, type, actor, occurred_at, detail, "
            + "position, previous_hash, hash, hash_scheme) values (?,?,?,?,?,?,?,?,?,2)";
    static final String HISTORY_SQL = "insert into history_runs (id, status, workload, source_account_id, "
            + "source_role_name, destination_account_id, destination_role_name, task_family, created_by, created_at,"
            + " region, plan_hash) values (?,?,?,?,?,?,?,?,?,?,?,?)";
    static final String TERM_SQL = "insert into run_search_terms (term, created_at, run_id) values (?,?,?)";
    static final String[] EVENT_TYPES = {"CREATED", "SUBMITTED", "APPROVED", "AWS_STEP", "VERIFIED"};
    static final String PLAN_HASH = GeneratedRuns.PLAN_HASH;

    private final DataSource dataSource;

    /** Where the event hash chain stands: each generated event links to the one before. */
    private long position;

    private String lastHash;

    public HistoryGenerator(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts {@code count} runs after the highest id present; returns the number of events. */
    public long generate(GeneratedRuns source, int count, Consumer<GeneratedRun> each) throws SQLException {
        long events = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement runs = c.prepareStatement(RUN_SQL);
                PreparedStatement history = c.prepareStatement(HISTORY_SQL);
                PreparedStatement terms = c.prepareStatement(TERM_SQL);
                PreparedStatement log = c.prepareStatement(EVENT_SQL)) {
            c.setAutoCommit(false);
            long first = firstId(c);
            readChainHead(c);
            for (int i = 0; i < count; i++) {
                GeneratedRun run = source.next(first + i);
                each.accept(run);
                addRun(runs, run);
                addHistory(history, run);
                addTerms(terms, run);
                events += addEvents(log, run.summary(), source.events());
                if ((i + 1) % BATCH == 0 || i == count - 1) {
                    runs.executeBatch();
                    history.executeBatch();
                    terms.executeBatch();
                    log.executeBatch();
                    c.commit();
                }
            }
            restartIds(c, first + count);
        }
        return events;
    }

    /** Explicit ids leave the identity behind; the application's next insert must not collide. */
    private static void restartIds(Connection c, long next) throws SQLException {
        try (var statement = c.createStatement()) {
            statement.execute("alter table runs alter column id restart with " + next);
        }
        c.commit();
    }

    private static long firstId(Connection c) throws SQLException {
        try (var rs = c.createStatement().executeQuery("select coalesce(max(id), 0) + 1 from runs")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void addRun(PreparedStatement ps, GeneratedRun run) throws SQLException {
        RunSummary s = run.summary();
        ps.setLong(1, s.id());
        ps.setString(2, s.status().name());
        ps.setString(3, s.workload().name());
        ps.setString(4, GeneratedRuns.REGION);
        ps.setString(5, s.sourceAccountId());
        ps.setString(6, s.sourceRoleName());
        ps.setString(7, s.destinationAccountId());
        ps.setString(8, s.destinationRoleName());
        ps.setString(9, run.taskFamily());
        ps.setString(10, run.inputJson());
        ps.setString(11, "[]");
        ps.setString(12, PLAN_HASH);
        ps.setString(13, s.createdBy());
        ps.setObject(14, s.createdAt().atOffset(ZoneOffset.UTC));
        ps.addBatch();
    }

    /** Audit's own row of the run (what HistoryRunsWriter writes). */
    private static void addHistory(PreparedStatement ps, GeneratedRun run) throws SQLException {
        RunSummary s = run.summary();
        ps.setLong(1, s.id());
        ps.setString(2, s.status().name());
        ps.setString(3, s.workload().name());
        ps.setString(4, s.sourceAccountId());
        ps.setString(5, s.sourceRoleName());
        ps.setString(6, s.destinationAccountId());
        ps.setString(7, s.destinationRoleName());
        ps.setString(8, run.taskFamily());
        ps.setString(9, s.createdBy());
        ps.setObject(10, s.createdAt().atOffset(ZoneOffset.UTC));
        ps.setString(11, s.region());
        ps.setString(12, s.planHash());
        ps.addBatch();
    }

    /** The terms the application writes for a new run (see SearchTermRows). */
    private static void addTerms(PreparedStatement ps, GeneratedRun run) throws SQLException {
        RunSummary s = run.summary();
        for (String term : SearchTermRows.of(s.sourceRoleName(), s.destinationRoleName(), run.taskFamily())) {
            ps.setString(1, term);
            ps.setObject(2, s.createdAt().atOffset(ZoneOffset.UTC));
            ps.setLong(3, s.id());
            ps.addBatch();
        }
    }

    private int addEvents(PreparedStatement ps, RunSummary s, int count) throws SQLException {
        for (int seq = 1; seq <= count; seq++) {
            String type = EVENT_TYPES[Math.min(seq - 1, EVENT_TYPES.length - 1)];
            Instant at = s.createdAt().plusSeconds(seq * 7L).truncatedTo(ChronoUnit.MICROS);
            String detail = "{\"requestId\":\"req-" + s.id() + "-" + seq + "\",\"step\":" + seq + "}";
            position++;
            String hash = ChainRows.hash(lastHash, position, s.id(), seq, type, s.createdBy(), at, detail);
            ps.setLong(1, s.id());
            ps.setInt(2, seq);
            ps.setString(3, type);
            ps.setString(4, s.createdBy());
            ps.setObject(5, at.atOffset(ZoneOffset.UTC));
            ps.setString(6, detail);
            ps.setLong(7, position);
            ps.setString(8, lastHash);
            ps.setString(9, hash);
            ps.addBatch();
            lastHash = hash;
        }
        return count;
    }

    private void readChainHead(Connection c) throws SQLException {
        try (var rs = c.createStatement()
                .executeQuery("select position, hash from run_events order by position desc limit 1")) {
            position = rs.next() ? rs.getLong(1) : 0;
            lastHash = position == 0 ? ChainRows.GENESIS : rs.getString(2);
        }
    }
}
