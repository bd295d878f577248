package io.rolewire.audit.internal;

import io.rolewire.audit.Integrity;
import io.rolewire.audit.IntegrityReport;
import io.rolewire.runs.StoredRuns;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Checks the chain (every link and hash), then every stored run against what its events recorded.
 * Reads as streams with a fetch size, never as lists. The read-only transaction is what makes
 * PostgreSQL honour the fetch size (it uses a cursor only outside autocommit).
 */
class JdbcIntegrity implements Integrity {

    static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;
    private final StoredRuns storedRuns;
    private final EventSealer sealer;
    private final TransactionTemplate readOnly;

    JdbcIntegrity(
            DataSource dataSource, StoredRuns storedRuns, EventSealer sealer, PlatformTransactionManager transactions) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
        this.storedRuns = storedRuns;
        this.sealer = sealer;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    @Override
    public IntegrityReport verifyChain() {
        sealCommitted();
        return readOnly.execute(status -> verifySealedChain());
    }

    private IntegrityReport verifySealedChain() {
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

    /** The sealed chain alone: every link and hash, without comparing the stored runs. */
    IntegrityReport verifyLinks() {
        try (Stream<ChainedEvent> rows = jdbc.queryForStream(
                "select " + ChainedEvent.COLUMNS + " from run_events where position is not null order by position",
                (rs, row) -> ChainedEvent.read(rs))) {
            return ChainWalk.walk(rows.iterator());
        }
    }

    @Override
    public IntegrityReport verifyRun(long runId) {
        sealCommitted();
        return readOnly.execute(status -> verifySealedRun(runId));
    }

    private IntegrityReport verifySealedRun(long runId) {
        String columns = ChainedEvent.COLUMNS.replaceAll("(\\w+)", "e.$1");
        List<RunChainCheck.Linked> rows = jdbc.query(
                "select " + columns + ", p.hash as predecessor_hash from run_events e"
                        + " left join run_events p on p.position = e.position - 1"
                        + " where e.run_id = ? order by e.position nulls last, e.seq",
                (rs, row) -> new RunChainCheck.Linked(ChainedEvent.read(rs), rs.getString("predecessor_hash")),
                runId);
        List<RunChainCheck.Linked> sealed =
                rows.stream().filter(row -> row.event().sealed()).toList();
        IntegrityReport chain = RunChainCheck.check(sealed.iterator());
        if (!chain.ok()) {
            return chain;
        }
        // Events committed after the seal above are not chained yet; the stored run may already
        // reflect them, so the record check reads them too.
        List<ChainedEvent> events =
                rows.stream().map(RunChainCheck.Linked::event).toList();
        return RecordWalk.single(chain.checked(), runId, events, storedRuns.stored(runId));
    }

    /** A check covers what was committed before it started. */
    private void sealCommitted() {
        if (sealer != null) {
            sealer.sealCommitted();
        }
    }
}
