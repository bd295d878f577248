package io.rolewire.audit.internal;

import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.audit.Checkpoints;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.RunEventExports;
import io.rolewire.runs.Actor;
import io.rolewire.runs.PersistenceSlice;
import io.rolewire.runs.Runs;
import io.rolewire.runs.events.ApplyFailed;
import io.rolewire.runs.events.ApplyStarted;
import io.rolewire.runs.events.Approved;
import io.rolewire.runs.events.LivePlanRead;
import io.rolewire.runs.events.Rejected;
import io.rolewire.runs.events.StepFinished;
import io.rolewire.runs.events.Submitted;
import io.rolewire.runs.events.VerificationChecked;
import io.rolewire.wiring.Json;
import io.rolewire.wiring.WiringInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A run's proof and both event exports, downloaded from the database and checked by the offline verifier
 * (the {@code verify} command, in-process): intact as written, and every kind of record tampered with in
 * every field a reviewer reads, deleted, inserted, reordered or moved, is named. So are a proof for another
 * checkpoint, a wrong public key and a truncated file.
 */
@PersistenceSlice
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ProvenRecordVerificationTest {

    static final List<String> EVENT_FIELDS = List.of("runId", "seq", "type", "actor", "at", "detailText", "position");

    @Autowired
    RunEventExports exports;

    @Autowired
    EventLog eventLog;

    @Autowired
    Runs runs;

    @Autowired
    Checkpoints checkpoints;

    @TempDir
    Path files;

    long run;
    Path publicKey;

    @BeforeEach
    void aRunWithEveryKindOfEventAndTheKeyThatSignsCheckpoints() throws IOException {
        WiringInput input = ecsInput("111122223333", "app-task", "555566667777", "reporting-reader");
        run = runs.createDraft(input, previewFor(input), new Actor("operator")).id();
        Instant at = Instant.parse("2026-12-04T10:00:00.123456Z");
        String plan = "ab".repeat(32);
        eventLog.append(run, new Submitted(), "operator", at);
        eventLog.append(run, new LivePlanRead(plan, Map.of("111122223333", "read")), "admin", at.plusSeconds(1));
        eventLog.append(run, new Approved(plan), "admin", at.plusSeconds(2));
        eventLog.append(run, new ApplyStarted(plan), "admin", at.plusSeconds(3));
        eventLog.append(run, step(), "admin", at.plusSeconds(4));
        eventLog.append(run, new ApplyFailed("a, \"quoted\"\nsecond line"), "admin", at.plusSeconds(5));
        eventLog.append(run, verification(), "admin", at.plusSeconds(6));
        eventLog.append(run, new Rejected("=1+2 @A1"), "@admin", at.plusSeconds(7));
        publicKey = Files.writeString(files.resolve("key.pem"), checkpoints.publicKeyPem());
    }

    @Test
    void eachFileAsDownloadedIsIntactAndSaysWhatItProves() throws IOException {
        for (String file : List.of(proof(), export(ExportFormat.JSONL), export(ExportFormat.CSV))) {
            Verdict verdict = verify(file);

            assertThat(verdict.exit()).as(verdict.out()).isZero();
            assertThat(verdict.out())
                    .startsWith("intact\n")
                    .contains("run " + run + ": 9 events proven by the checkpoint of tree size");
        }
    }

    @Test
    void aChangeOfAnyFieldOfAnyEventInAProofIsNamed() throws IOException {
        ObjectNode proof = (ObjectNode) Json.mapper().readTree(proof());
        ArrayNode events = (ArrayNode) proof.get("events");
        assertThat(events).hasSize(9);
        for (int i = 0; i < events.size(); i++) {
            for (String field : EVENT_FIELDS) {
                int index = i;
                Verdict verdict = verify(tampered(
                        proof, p -> alter((ObjectNode) p.get("events").get(index), field)));

                assertThat(verdict.exit()).as("event %d, %s", i, field).isEqualTo(1);
                assertThat(verdict.out())
                        .as("event %d, %s", i, field)
                        .contains("seq")
                        .doesNotContain("Exception");
            }
        }
    }

    @Test
    void aWhitespaceOnlyChangeOfTheExactDetailTextIsNamedWithItsEvent() throws IOException {
        ObjectNode proof = (ObjectNode) Json.mapper().readTree(proof());

        Verdict verdict = verify(tampered(proof, p -> {
            ObjectNode third = (ObjectNode) p.get("events").get(2);
            third.put("detailText", third.get("detailText").asString() + " ");
        }));

        assertThat(verdict.out()).contains("seq 3 (LIVE_PLAN_READ)").contains("is not what the checkpoint");
    }

    @Test
    void theReadableDetailMustSayWhatTheProvenTextSays() throws IOException {
        ObjectNode proof = (ObjectNode) Json.mapper().readTree(proof());

        Verdict verdict = verify(tampered(
                proof, p -> ((ObjectNode) p.get("events").get(5).get("detail")).put("planHash", "cd".repeat(32))));

        assertThat(verdict.out()).contains("events[5]: its detail differs from its detailText");
    }

    @Test
    void aDeletedInsertedReorderedOrMovedEventIsNamed() throws IOException {
        ObjectNode proof = (ObjectNode) Json.mapper().readTree(proof());

        assertThat(verify(tampered(proof, p -> ((ArrayNode) p.get("events")).remove(4)))
                        .out())
                .contains("seq 5 of run " + run + " is missing (a deleted event)");
        assertThat(verify(tampered(
                                proof,
                                p -> ((ArrayNode) p.get("events"))
                                        .add(p.get("events").get(2).deepCopy())))
                        .out())
                .contains("seq 3 appears twice");
        assertThat(verify(tampered(proof, p -> {
                            ArrayNode list = (ArrayNode) p.get("events");
                            JsonNode second = list.get(1);
                            list.set(1, list.get(2).deepCopy());
                            list.set(2, second.deepCopy());
                        }))
                        .out())
                .contains("not in seq order (reordered)");
        assertThat(verify(tampered(proof, p -> p.put("runId", run + 1))).out())
                .contains("belongs to run " + run + ", not to run " + (run + 1));
    }

    @Test
    void anAlteredLinkOrInclusionProofIsNamed() throws IOException {
        ObjectNode proof = (ObjectNode) Json.mapper().readTree(proof());

        assertThat(verify(tampered(proof, p -> ((ObjectNode) p.get("events").get(1)).put("hash", "0".repeat(64))))
                        .out())
                .contains("seq 2 (SUBMITTED)")
                .contains("hash or previous hash altered");
        assertThat(verify(tampered(
                                proof,
                                p -> ((ArrayNode) p.get("events").get(1).get("inclusionProof")).set(0, "1".repeat(64))))
                        .out())
                .contains("seq 2 (SUBMITTED)")
                .contains("content, position or inclusion proof was altered");
    }

    @Test
    void theCheckpointTheKeyAndTheFileItselfAreChecked() throws Exception {
        String first = proof();
        eventLog.append(run, new Submitted(), "operator", Instant.now());
        ObjectNode later = (ObjectNode) Json.mapper().readTree(proof());
        String olderCheckpoint = Json.mapper().readTree(first).get("checkpoint").asString();

        assertThat(verify(tampered(later, p -> p.put("checkpoint", olderCheckpoint)))
                        .out())
                .as("a proof for another checkpoint")
                .contains("the checkpoint of tree size")
                .doesNotContain("Exception");
        assertThat(verify(tampered(
                                later,
                                p -> p.put(
                                        "checkpoint",
                                        p.get("checkpoint").asString().replace("tree-size ", "tree-size 1"))))
                        .out())
                .contains("signature does not verify");
        assertThat(verify(first.substring(0, first.length() / 2)).out()).contains("not readable JSON (truncated");
        Path otherKey = Files.writeString(files.resolve("other.pem"), otherPublicKeyPem());
        assertThat(verify(first, otherKey).out()).contains("(wrong public key)");
    }

    @Test
    void everyRowOfAJsonLinesExportIsCheckedLikeTheProof() throws IOException {
        List<String> lines = export(ExportFormat.JSONL).lines().toList();
        assertThat(lines).hasSize(10);
        for (int line = 1; line < lines.size(); line++) {
            for (String field : EVENT_FIELDS) {
                List<String> copy = new ArrayList<>(lines);
                ObjectNode event = (ObjectNode) Json.mapper().readTree(copy.get(line));
                alter(event, field);
                copy.set(line, Json.mapper().writeValueAsString(event));

                Verdict verdict = verify(String.join("\n", copy) + "\n");

                assertThat(verdict.exit()).as("line %d, %s", line + 1, field).isEqualTo(1);
            }
        }
        List<String> deleted = new ArrayList<>(lines);
        deleted.remove(3);
        assertThat(verify(String.join("\n", deleted)).out()).contains("seq 3 of run " + run + " is missing");
        assertThat(verify(String.join("\n", lines.subList(1, lines.size()))).out())
                .contains("is not rolewire-run-events/1");
    }

    @Test
    void everyCellOfACsvExportIsCheckedLikeTheProof() throws IOException {
        String csv = export(ExportFormat.CSV);
        List<CSVRecord> rows = rows(csv);
        assertThat(rows).hasSize(9);
        assertThat(rows.get(8).get("actor"))
                .as("still neutralized for spreadsheets")
                .isEqualTo("'@admin");
        List<String> cells = List.of("run_id", "seq", "type", "actor", "occurred_at", "detail", "position", "hash");
        for (int row = 0; row < rows.size(); row++) {
            for (String cell : cells) {
                Verdict verdict = verify(csvWith(rows, row, cell));

                assertThat(verdict.exit()).as("row %d, %s", row, cell).isEqualTo(1);
                assertThat(verdict.out()).as("row %d, %s", row, cell).doesNotContain("Exception");
            }
        }
        assertThat(verify(csvWith(rows, 0, "checkpoint")).out()).contains("checkpoint");
        assertThat(verify(csv.substring(0, csv.length() - 40)).exit()).isEqualTo(1);
    }

    // ---- tampering

    private static void alter(ObjectNode event, String field) {
        JsonNode value = event.get(field);
        if (value.isNumber()) {
            event.put(field, value.asLong() + 1);
        } else if (field.equals("at")) {
            event.put(field, Instant.parse(value.asString()).plusNanos(1000).toString());
        } else if (field.equals("detailText")) {
            // a byte the parsed detail does not show: only the exact text can tell
            event.put(field, value.asString().replaceFirst("^\\{", "{ "));
        } else {
            event.put(field, value.asString() + "x");
        }
    }

    private static String tampered(ObjectNode proof, Consumer<ObjectNode> change) {
        ObjectNode copy = proof.deepCopy();
        change.accept(copy);
        return Json.mapper().writeValueAsString(copy);
    }

    private static List<CSVRecord> rows(String csv) throws IOException {
        return CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
    }

    private static String csvWith(List<CSVRecord> rows, int changedRow, String changedCell) throws IOException {
        StringWriter out = new StringWriter();
        CSVPrinter printer = new CSVPrinter(
                out,
                CSVFormat.DEFAULT
                        .builder()
                        .setHeader(ProvenRecordFiles.CSV_HEADER)
                        .get());
        for (int i = 0; i < rows.size(); i++) {
            List<String> values = new ArrayList<>(rows.get(i).toMap().size());
            for (String name : ProvenRecordFiles.CSV_HEADER) {
                String value = rows.get(i).get(name);
                values.add(i == changedRow && name.equals(changedCell) ? changed(name, value) : value);
            }
            printer.printRecord(values);
        }
        printer.flush();
        return out.toString();
    }

    private static String changed(String cell, String value) {
        return switch (cell) {
            case "run_id", "seq", "position" -> String.valueOf(Long.parseLong(value) + 1);
            case "occurred_at" -> Instant.parse(value).plusNanos(1000).toString();
            case "hash" -> "0".repeat(64);
            case "detail" -> value.replaceFirst("^\\{", "{ ");
            case "checkpoint" -> value.replace("tree-size ", "tree-size 9");
            default -> value + "x";
        };
    }

    // ---- downloading and verifying

    private String proof() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.proof(run, new Actor("reviewer")).writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String export(ExportFormat format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exports.export(run, format, new Actor("reviewer")).writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    record Verdict(int exit, String out) {}

    private Verdict verify(String file) throws IOException {
        return verify(file, publicKey);
    }

    private Verdict verify(String file, Path key) throws IOException {
        Path path = Files.writeString(files.resolve("file-" + System.nanoTime()), file);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit = VerifyCommand.run(
                new String[] {path.toString(), "--public-key", key.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Verdict(exit, out.toString(StandardCharsets.UTF_8) + err.toString(StandardCharsets.UTF_8));
    }

    private static String otherPublicKeyPem() throws Exception {
        byte[] der = KeyPairGenerator.getInstance("Ed25519")
                .generateKeyPair()
                .getPublic()
                .getEncoded();
        return "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der) + "\n-----END PUBLIC KEY-----\n";
    }

    private static StepFinished step() {
        return new StepFinished(
                "DONE",
                1,
                2,
                "sourceRole",
                "111122223333",
                "iam",
                "CreateRole",
                "arn:aws:iam::111122223333:role/app-task",
                "req-1",
                1,
                42,
                null,
                null,
                "{\"Version\":\"2012-10-17\"}");
    }

    private static VerificationChecked verification() {
        return new VerificationChecked(
                false, List.of(new VerificationChecked.Check("trust", false, "AccessDenied", "req-2")));
    }
}
