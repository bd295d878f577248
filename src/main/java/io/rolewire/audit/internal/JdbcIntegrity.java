package io.rolewire.audit.internal;

import io.rolewire.audit.Integrity;
import io.rolewire.audit.IntegrityReport;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the chain as a stream with a fetch size, never as a list. The read-only transaction is what
 * makes PostgreSQL honour the fetch size (it uses a cursor only outside autocommit).
 */
class JdbcIntegrity implements Integrity {

    static final int FETCH_SIZE = 1000;

    private final JdbcTemplate jdbc;

    JdbcIntegrity(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(FETCH_SIZE);
    }

    @Override
    @Transactional(readOnly = true)
    public IntegrityReport verifyChain() {
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
        try (Stream<RunChainCheck.Linked> rows = jdbc.queryForStream(
                "select " + columns + ", p.hash as predecessor_hash from run_events e"
                        + " left join run_events p on p.position = e.position - 1"
                        + " where e.run_id = ? order by e.position",
                (rs, row) -> new RunChainCheck.Linked(ChainedEvent.read(rs), rs.getString("predecessor_hash")),
                runId)) {
            return RunChainCheck.check(rows.iterator());
        }
    }
}
