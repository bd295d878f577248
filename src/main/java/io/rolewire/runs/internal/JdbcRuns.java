package io.rolewire.runs.internal;

import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Lifecycle;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunCreated;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.RunTransitioned;
import io.rolewire.runs.Runs;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.runs.UnknownRunException;
import io.rolewire.runs.UnwireRules;
import io.rolewire.runs.events.Created;
import io.rolewire.runs.events.Unwired;
import io.rolewire.wiring.Document;
import io.rolewire.wiring.Finding;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.Sha256;
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
        RunRecords.Row row = row(input, preview.documents(), preview.findings(), preview.planHash(), actor, now, null);
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

    /**
     * The un-wire's documents are the original's, which say what it added, and {@code removal}; its
     * plan hash covers both, so it is never the original's.
     */
    @Override
    @Transactional
    public Run createUnwire(Run original, Document removal, ActingUser by) {
        jdbc.sql("select id from runs where id = :id for update")
                .param("id", original.id())
                .query(Long.class)
                .single();
        Run current = reader.find(original.id()).orElseThrow(() -> new UnknownRunException(original.id()));
        UnwireRules.refusal(current, by, unwireOf(current.id())).ifPresent(refusal -> {
            throw new TransitionRefused(refusal, current.id(), current.status());
        });
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        List<Document> documents = new ArrayList<>(current.documents());
        documents.add(removal);
        String planHash = Sha256.hex("rolewire-unwire-v1\n" + current.planHash() + "\n" + removal.content());
        RunRecords.Row row = row(current.input(), documents, List.of(), planHash, by.actor(), now, current.id());
        long id = insertRun(row, null); // an un-wire ends nothing: its wiring's end of access is not its own
        insertDocuments(id, row.documents());
        Created created = new Created(planHash, RunRecords.of(row));
        events.publishEvent(new RunCreated(id, by.username(), now, created));
        return new Run(
                id,
                RunStatus.DRAFT,
                current.input(),
                documents,
                List.of(),
                planHash,
                by.username(),
                now,
                Lifecycle.NONE,
                0,
                current.id());
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Run> unwireOf(long wiringRunId) {
        return jdbc.sql("select id from runs where undoes_run_id = :id and status not in ('REJECTED', 'CANCELLED')"
                        + " order by id desc limit 1")
                .param("id", wiringRunId)
                .query(Long.class)
                .optional()
                .flatMap(reader::find);
    }

    @Override
    @Transactional
    public void markUnwired(long wiringRunId, long unwireRunId, ActingUser by) {
        int updated = jdbc.sql("update runs set undone_by_run_id = :unwire where id = :id and undone_by_run_id is null")
                .param("unwire", unwireRunId)
                .param("id", wiringRunId)
                .update();
        if (updated == 1) {
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            events.publishEvent(new RunTransitioned(wiringRunId, by.username(), now, new Unwired(unwireRunId)));
        }
    }

    /** The exact values stored: the record's digest is computed over these, not re-read ones. */
    private RunRecords.Row row(
            WiringInput input,
            List<Document> documents,
            List<Finding> findings,
            String planHash,
            Actor actor,
            Instant now,
            Long undoes) {
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
                json.write(findings),
                planHash,
                actor.username(),
                now,
                stored,
                undoes);
    }

    /** @param accessUntil also kept in its own column, so runs ending soon are found by an index */
    private long insertRun(RunRecords.Row row, Instant accessUntil) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                        insert into runs (status, workload, region,
                            source_account_id, source_role_name, destination_account_id, destination_role_name,
                            task_family, input_json, findings_json, plan_hash, created_by, created_at, undoes_run_id,
                            access_until)
                        values (:status, :workload, :region, :sourceAccount, :sourceRole, :destinationAccount,
                            :destinationRole, :taskFamily, :input, :findings, :planHash, :createdBy, :createdAt,
                            :undoes, :accessUntil)
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
                .param("undoes", row.undoesRunId())
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
