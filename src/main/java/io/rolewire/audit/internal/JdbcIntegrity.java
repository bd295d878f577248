package io.rolewire.audit.internal;

import io.rolewire.audit.Integrity;
import io.rolewire.audit.IntegrityReport;
import io.rolewire.runs.StoredRuns;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Checks the chain (every link and hash), then every stored run against what its events recorded.
 * Reads as streams with a fetch size, never as lists. The read-only transaction is what makes
 * PostgreSQL honour the fetch size (it uses a cursor only outside autocommit).
 */
class JdbcIntegrity implements Integrity {

    static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final StoredRuns storedRuns;

    JdbcIntegrity(DataSource dataSource, StoredRuns storedRuns) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.storedRuns = storedRuns;
    }

    @Override
    @Transactional(readOnly = true)
    public IntegrityReport verifyChain() {
        IntegrityReport chain = verifyLinks();
        if (!chain.ok()) {
            return chain;
        }
        try (Stream<ChainedEvent> rows = jdbc.queryForStream(
                "select " + ChainedEvent.COLUMNS + " from run_events where run_id is not null order by run_id, seq",
                (rs, row) -> ChainedEvent.read(rs))) {
            return RecordWalk.walk(chain.checked(), rows.iterator(), storedRuns::forEachStored);
        }
    }

    /** The chain alone: every link and hash, without comparing the stored runs. */
    @Transactional(readOnly = true)
    IntegrityReport verifyLinks() {
        try (Stream<ChainedEvent> rows = jdbc.queryForStream(
                "select " + ChainedEvent.COLUMNS + " from run_events order by position",
                (rs, row) -> ChainedEvent.read(rs))) {
            return ChainWalk.walk(rows.iterator());
        }
    }

    @Override
    @Transactional(readOnly = true)
    public IntegrityReport verifyRun(long runId) {
        String columns = ChainedEvent.COLUMNS.replaceAll("(\\w+)", "e.$1");
        List<RunChainCheck.Linked> rows = jdbc.query(
                "select " + columns + ", p.hash as predecessor_hash from run_events e"
                        + " left join run_events p on p.position = e.position - 1"
                        + " where e.run_id = ? order by e.position",
                (rs, row) -> new RunChainCheck.Linked(ChainedEvent.read(rs), rs.getString("predecessor_hash")),
                runId);
        IntegrityReport chain = RunChainCheck.check(rows.iterator());
        if (!chain.ok()) {
            return chain;
        }
        List<ChainedEvent> events =
                rows.stream().map(RunChainCheck.Linked::event).toList();
        return RecordWalk.single(chain.checked(), runId, events, storedRuns.stored(runId));
    }
}
