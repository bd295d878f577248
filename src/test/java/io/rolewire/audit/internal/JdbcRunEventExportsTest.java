package io.rolewire.audit.internal;

import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.audit.AuditEvent;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.ExportRecorded;
import io.rolewire.audit.RunEventExports;
import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.Runs;
import io.rolewire.runs.events.ApplyFailed;
import io.rolewire.wiring.WiringInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Exports parsed back with the tools a reviewer would use, and the record each one leaves. */
@PersistenceSlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class JdbcRunEventExportsTest {

    static final String NOTE = "a, \"quoted\"\nsecond line";
    static final String AWKWARD = "{\"failure\":\"a, \\\"quoted\\\"\\nsecond line\"}";

    @Autowired
    RunEventExports exports;

    @Autowired
    EventLog eventLog;

    @Autowired
    Runs runs;

    @Autowired
    ApplicationEventPublisher publisher;

    @Autowired
    PlatformTransactionManager transactions;

    long run;

    @BeforeEach
    void aRunWithAnAwkwardDetail() {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader");
        run = runs.createDraft(input, previewFor(input), new Actor("operator")).id();
        eventLog.append(run, new ApplyFailed(NOTE), "operator", Instant.parse("2026-11-22T12:00:00.123456Z"));
    }

    @Test
    void theCsvHasAHeaderAndOneRecordPerEventThatRecomputesToItsHash() throws IOException {
        List<CSVRecord> records = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(export(ExportFormat.CSV, "reviewer")))
                .getRecords();

        assertThat(records).hasSize(2);
        assertThat(records.get(0).getParser().getHeaderNames()).containsExactly(ProvenRecordFiles.CSV_HEADER);
        CSVRecord submitted = records.get(1);
        assertThat(submitted.get("run_id")).isEqualTo(String.valueOf(run));
        assertThat(submitted.get("seq")).isEqualTo("2");
        assertThat(submitted.get("type")).isEqualTo("APPLY_FAILED");
        assertThat(submitted.get("occurred_at")).isEqualTo("2026-11-22T12:00:00.123456Z");
        assertThat(submitted.get("detail")).isEqualTo(AWKWARD);
        ChainedEvent back = new ChainedEvent(
                Long.parseLong(submitted.get("position")),
                run,
                2,
                "APPLY_FAILED",
                "operator",
                Instant.parse(submitted.get("occurred_at")),
                submitted.get("detail"),
                submitted.get("previous_hash"),
                submitted.get("hash"));
        assertThat(back.selfConsistent()).as("verifiable offline").isTrue();
    }

    @Test
    void jsonLinesHaveOneObjectPerLineWithTheDetailAsJson() throws IOException {
        List<String> lines = export(ExportFormat.JSONL, "reviewer").lines().toList();

        assertThat(lines).hasSize(3);
        JsonNode header = JsonMapper.shared().readTree(lines.get(0));
        assertThat(header.get("format").asString()).isEqualTo("rolewire-run-events/1");
        assertThat(header.get("checkpoint").asString()).startsWith("rolewire-checkpoint/1\n");
        JsonNode created = JsonMapper.shared().readTree(lines.get(1));
        JsonNode submitted = JsonMapper.shared().readTree(lines.get(2));
        assertThat(created.get("type").asString()).isEqualTo("CREATED");
        assertThat(created.get("detail").get("planHash").asString()).hasSize(64);
        assertThat(submitted.get("runId").asLong()).isEqualTo(run);
        assertThat(submitted.get("detail").get("failure").asString()).isEqualTo(NOTE);
        assertThat(submitted.get("detailText").asString())
                .as("the exact stored text")
                .isEqualTo(AWKWARD);
        assertThat(submitted.get("inclusionProof").isArray()).isTrue();
        assertThat(submitted.get("previousHash").asString())
                .isEqualTo(created.get("hash").asString());
    }

    @Test
    void everyExportIsRecordedAsAnExportedEventOnTheChain() throws IOException {
        export(ExportFormat.JSONL, "auditor-" + run);

        AuditEvent recorded = eventLog.recentAuditEvents(1).get(0);
        assertThat(recorded.type()).isEqualTo(AuditEvent.EXPORTED);
        assertThat(recorded.actor()).isEqualTo("auditor-" + run);
        JsonNode detail = JsonMapper.shared().readTree(recorded.detail());
        assertThat(detail.get("what").asString()).isEqualTo("run-events");
        assertThat(detail.get("runId").asLong()).isEqualTo(run);
        assertThat(detail.get("format").asString()).isEqualTo("jsonl");
        assertThat(detail.get("filter").isObject()).isTrue();
    }

    @Test
    void aHistoryExportPublishedElsewhereIsRecordedWithItsFilter() {
        Instant at = Instant.parse("2026-11-22T13:00:00Z");
        publisher.publishEvent(
                new ExportRecorded("history-" + run, "history", null, Map.of("status", "APPLIED"), "csv", at));

        AuditEvent recorded = eventLog.recentAuditEvents(1).get(0);
        assertThat(recorded.actor()).isEqualTo("history-" + run);
        assertThat(recorded.at()).isEqualTo(at);
        assertThat(recorded.detail())
                .isEqualTo(
                        "{\"filter\":{\"status\":\"APPLIED\"},\"format\":\"csv\",\"runId\":null,\"what\":\"history\"}");
    }

    @Test
    void theRecordCommitsOnItsOwnEvenIfThePublishersReadOnlyTransactionRollsBack() {
        TransactionTemplate readOnly = new TransactionTemplate(transactions);
        readOnly.setReadOnly(true);

        readOnly.executeWithoutResult(tx -> {
            publisher.publishEvent(
                    new ExportRecorded("rollback-" + run, "history", null, Map.of(), "jsonl", Instant.now()));
            tx.setRollbackOnly();
        });

        assertThat(eventLog.recentAuditEvents(1).get(0).actor()).isEqualTo("rollback-" + run);
    }

    private String export(ExportFormat format, String who) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(run, format, new Actor(who)).writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }
}
