package io.rolewire.runs.internal;

import io.rolewire.runs.Lifecycle;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Stamp;
import io.rolewire.wiring.Document;
import io.rolewire.wiring.DocumentFormat;
import io.rolewire.wiring.Finding;
import io.rolewire.wiring.WiringInput;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Loads a run whole: its row, then its documents in display order. */
class RunReader {

    private final JdbcClient jdbc;
    private final RunJson json;

    RunReader(JdbcClient jdbc, RunJson json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    Optional<Run> find(long id) {
        return jdbc.sql("""
                        select id, status, input_json, findings_json, plan_hash, created_by, created_at,
                            submitted_by, submitted_at, approved_by, approved_at, approved_plan_hash,
                            rejected_by, rejected_at, rejection_reason, cancelled_by, cancelled_at,
                            unwire_approved_in_advance, version, undoes_run_id
                        from runs where id = :id
                        """).param("id", id).query((rs, row) -> toRun(rs)).optional();
    }

    private Run toRun(ResultSet rs) throws SQLException {
        long id = rs.getLong("id");
        return new Run(
                id,
                RunStatus.valueOf(rs.getString("status")),
                json.read(rs.getString("input_json"), WiringInput.class),
                documentsOf(id),
                json.readList(rs.getString("findings_json"), Finding.class),
                rs.getString("plan_hash"),
                rs.getString("created_by"),
                Timestamps.fromDb(rs, "created_at"),
                lifecycle(rs),
                rs.getInt("version"),
                rs.getObject("undoes_run_id", Long.class));
    }

    static Lifecycle lifecycle(ResultSet rs) throws SQLException {
        return new Lifecycle(
                stamp(rs, "submitted"),
                stamp(rs, "approved"),
                rs.getString("approved_plan_hash"),
                stamp(rs, "rejected"),
                rs.getString("rejection_reason"),
                stamp(rs, "cancelled"),
                rs.getBoolean("unwire_approved_in_advance"));
    }

    private static Stamp stamp(ResultSet rs, String prefix) throws SQLException {
        String by = rs.getString(prefix + "_by");
        return by == null ? null : new Stamp(by, Timestamps.fromDb(rs, prefix + "_at"));
    }

    private List<Document> documentsOf(long runId) {
        return jdbc.sql("""
                        select doc_key, format, content from run_documents
                        where run_id = :runId order by position
                        """)
                .param("runId", runId)
                .query((rs, row) -> new Document(
                        rs.getString("doc_key"),
                        DocumentFormat.valueOf(rs.getString("format")),
                        rs.getString("content")))
                .list();
    }
}
