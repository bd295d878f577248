package io.rolewire.runs.internal;

import io.rolewire.runs.Actor;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunCreated;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.runs.events.Created;
import io.rolewire.wiring.Document;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.WiringInput;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.transaction.annotation.Transactional;

/** Runs stored with explicit SQL: one row per run plus one row per document. */
class JdbcRuns implements Runs {

    private final JdbcClient jdbc;
    private final RunJson json;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RunReader reader;

    JdbcRuns(JdbcClient jdbc, RunJson json, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
        this.clock = clock;
        this.reader = new RunReader(jdbc, json);
    }

    /**
     * The run, its documents and (through the synchronous RunCreated listeners) its CREATED event
     * commit together or not at all: a listener failure rolls the run back.
     */
    @Override
    @Transactional
    public Run createDraft(WiringInput input, Preview preview, Actor actor) {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(actor, "actor");
        if (!preview.valid()) {
            throw new IllegalArgumentException("a run needs a valid preview; this one has "
                    + preview.violations().size() + " violation(s)");
        }
        // PostgreSQL keeps microseconds: truncate so the returned run equals the stored one.
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        RunRecords.Row row = row(input, preview, actor, now);
        long id = insertRun(row, input.accessUntil());
        insertDocuments(id, row.documents());
        Created created = new Created(preview.planHash(), RunRecords.of(row));
        events.publishEvent(new RunCreated(id, actor.username(), now, created));
        return new Run(
                id,
                RunStatus.DRAFT,
                input,
                preview.documents(),
                preview.findings(),
                preview.planHash(),
                actor.username(),
                now);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Run> find(long id) {
        return reader.find(id);
    }

    /** The exact values stored: the record's digest is computed over these, not re-read ones. */
    private RunRecords.Row row(WiringInput input, Preview preview, Actor actor, Instant now) {
        List<Document> documents = preview.documents();
        List<RunRecords.StoredDocument> stored = new ArrayList<>();
        for (int position = 0; position < documents.size(); position++) {
            Document d = documents.get(position);
            stored.add(new RunRecords.StoredDocument(d.key(), d.format().name(), position, d.content()));
        }
        return new RunRecords.Row(
                input.workload().name(),
                input.region(),
                input.source().accountId(),
                input.source().roleName(),
                input.destination().accountId(),
                input.destination().roleName(),
                input.ecs() == null ? null : input.ecs().family(),
                json.write(input),
                json.write(preview.findings()),
                preview.planHash(),
                actor.username(),
                now,
                stored);
    }

    /** @param accessUntil also kept in its own column, so runs ending soon are found by an index */
    private long insertRun(RunRecords.Row row, Instant accessUntil) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into runs (status, workload, region,
                            source_account_id, source_role_name, destination_account_id, destination_role_name,
                            task_family, input_json, findings_json, plan_hash, created_by, created_at, access_until)
                        values (:status, :workload, :region, :sourceAccount, :sourceRole, :destinationAccount,
                            :destinationRole, :taskFamily, :input, :findings, :planHash, :createdBy, :createdAt,
                            :accessUntil)
                        """)
                .param("status", RunStatus.DRAFT.name())
                .param("workload", row.workload())
                .param("region", row.region())
                .param("sourceAccount", row.sourceAccountId())
                .param("sourceRole", row.sourceRoleName())
                .param("destinationAccount", row.destinationAccountId())
                .param("destinationRole", row.destinationRoleName())
                .param("taskFamily", row.taskFamily())
                .param("input", row.inputJson())
                .param("findings", row.findingsJson())
                .param("planHash", row.planHash())
                .param("createdBy", row.createdBy())
                .param("createdAt", Timestamps.toDb(row.createdAt()))
                .param("accessUntil", accessUntil == null ? null : Timestamps.toDb(accessUntil))
                .update(key, "id");
        return Objects.requireNonNull(key.getKey(), "generated run id").longValue();
    }

    private void insertDocuments(long runId, List<RunRecords.StoredDocument> documents) {
        for (RunRecords.StoredDocument document : documents) {
            jdbc.sql("""
                            insert into run_documents (run_id, doc_key, format, content, position)
                            values (:runId, :key, :format, :content, :position)
                            """)
                    .param("runId", runId)
                    .param("key", document.key())
                    .param("format", document.format())
                    .param("content", document.content())
                    .param("position", document.position())
                    .update();
        }
    }
}
