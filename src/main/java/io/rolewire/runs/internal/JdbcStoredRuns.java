package io.rolewire.runs.internal;

import io.rolewire.runs.RunState;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.StoredRun;
import io.rolewire.runs.StoredRuns;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

/**
 * The runs tables as stored, digested by {@link RunRecords} exactly as at creation. Streams every
 * run with a fetch size (a read-only transaction makes PostgreSQL use a cursor).
 */
class JdbcStoredRuns implements StoredRuns {

    private static final String COLUMNS = """
            select id, status, workload, region, source_account_id, source_role_name,
                destination_account_id, destination_role_name, task_family, input_json, findings_json,
                plan_hash, created_by, created_at,
                submitted_by, submitted_at, approved_by, approved_at, approved_plan_hash,
                rejected_by, rejected_at, rejection_reason, cancelled_by, cancelled_at, undoes_run_id,
                unwire_approved_in_advance
            from runs""";

    private final JdbcTemplate jdbc;

    JdbcStoredRuns(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(500);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StoredRun> stored(long runId) {
        return jdbc.query(COLUMNS + " where id = ?", (rs, row) -> toStored(rs), runId).stream()
                .findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public void forEachStored(Consumer<StoredRun> sink) {
        try (Stream<StoredRun> runs = jdbc.queryForStream(COLUMNS + " order by id", (rs, row) -> toStored(rs))) {
            runs.forEach(sink);
        }
    }

    private StoredRun toStored(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        RunRecords.Row row = new RunRecords.Row(
                rs.getString("workload"),
                rs.getString("region"),
                rs.getString("source_account_id"),
                rs.getString("source_role_name"),
                rs.getString("destination_account_id"),
                rs.getString("destination_role_name"),
                rs.getString("task_family"),
                rs.getString("input_json"),
                rs.getString("findings_json"),
                rs.getString("plan_hash"),
                rs.getString("created_by"),
                Timestamps.fromDb(rs, "created_at"),
                documentsOf(id),
                rs.getObject("undoes_run_id", Long.class));
        RunState state = new RunState(RunStatus.valueOf(rs.getString("status")), RunReader.lifecycle(rs));
        return new StoredRun(id, RunRecords.of(row), state);
    }

    private List<RunRecords.StoredDocument> documentsOf(long runId) {
        return jdbc.query(
                "select doc_key, format, position, content from run_documents where run_id = ? order by position",
                (rs, row) -> new RunRecords.StoredDocument(
                        rs.getString("doc_key"),
                        rs.getString("format"),
                        rs.getInt("position"),
                        rs.getString("content")),
                runId);
    }
}
