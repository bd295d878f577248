package io.rolewire.audit.internal;

import io.rolewire.runs.RunCreated;
import java.time.OffsetDateTime;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Writes the search terms of each new run. Synchronous like {@link RunCreatedAuditor}: it runs in
 * the transaction that creates the run, so a committed run always has its terms. The run row is
 * read back by id: the terms come from what was stored, not from the event.
 */
class RunSearchTermsWriter {

    static final String INSERT = "insert into run_search_terms (term, created_at, run_id) values (?, ?, ?)";

    private final JdbcTemplate jdbc;

    RunSearchTermsWriter(DataSource dataSource) {
        this.jdbc = new JdbcTemplate(dataSource);
    }

    @EventListener
    public void on(RunCreated created) {
        Stored run = jdbc.queryForObject(
                "select source_role_name, destination_role_name, task_family, created_at from runs where id = ?",
                (rs, row) -> new Stored(
                        List.copyOf(SearchTerms.of(
                                rs.getString("source_role_name"),
                                rs.getString("destination_role_name"),
                                rs.getString("task_family"))),
                        rs.getObject("created_at", OffsetDateTime.class)),
                created.runId());
        jdbc.batchUpdate(INSERT, run.terms(), run.terms().size(), (ps, term) -> {
            ps.setString(1, term);
            ps.setObject(2, run.createdAt());
            ps.setLong(3, created.runId());
        });
    }

    private record Stored(List<String> terms, OffsetDateTime createdAt) {}
}
