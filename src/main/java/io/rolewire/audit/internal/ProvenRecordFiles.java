package io.rolewire.audit.internal;

import io.rolewire.audit.proof.Hashes;
import io.rolewire.wiring.Json;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The three files that carry a {@link ProvenRecord}, written and read in one place: a run proof (one JSON
 * document), a run's events as JSON Lines (a header line, then one event per line) and as CSV (one event
 * per row, the checkpoint in the first row). Every event carries its exact stored detail text, its hash
 * scheme and, when covered, its audit path; reading refuses a file that is not one of these, with a
 * message naming what is wrong.
 */
final class ProvenRecordFiles {

    static final String PROOF_FORMAT = "rolewire-run-proof/1";
    static final String EVENTS_FORMAT = "rolewire-run-events/1";

    static final String[] CSV_HEADER = {
        "position",
        "run_id",
        "seq",
        "type",
        "actor",
        "occurred_at",
        "detail",
        "previous_hash",
        "hash",
        "hash_scheme",
        "inclusion_proof",
        "checkpoint"
    };

    private static final JsonMapper JSON = Json.mapper();
    private static final CSVFormat CSV =
            CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get();

    private ProvenRecordFiles() {}

    // ---- run proof: one JSON document

    static String proofDocument(ProvenRecord record) {
        ObjectNode document = JSON.createObjectNode();
        document.put("format", PROOF_FORMAT);
        document.put("runId", record.runId());
        document.put("checkpoint", record.checkpointFile());
        ArrayNode covered = document.putArray("events");
        record.covered().forEach(p -> covered.add(eventNode(p.event(), Optional.of(p.auditPath()))));
        ArrayNode after = document.putArray("notYetCovered");
        record.notYetCovered().forEach(e -> after.add(eventNode(e, Optional.empty())));
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(document) + "\n";
    }

    static ProvenRecord readProofDocument(String text) {
        JsonNode document = parse(text, "the run proof");
        requireFormat(document, PROOF_FORMAT, "the run proof");
        long runId = number(document, "runId", "the run proof");
        var checkpoint = SignedCheckpoint.parseFile(string(document, "checkpoint", "the run proof"))
                .checkpoint();
        List<ProvenRecord.Proven> covered = new ArrayList<>();
        for (JsonNode node : array(document, "events")) {
            covered.add(new ProvenRecord.Proven(readEvent(node, "events[" + covered.size() + "]"), auditPath(node)));
        }
        List<ChainedEvent> after = new ArrayList<>();
        for (JsonNode node : array(document, "notYetCovered")) {
            after.add(readEvent(node, "notYetCovered[" + after.size() + "]"));
        }
        return new ProvenRecord(runId, checkpoint, covered, after);
    }

    // ---- events as JSON Lines

    static void writeJsonLines(ProvenRecord record, Writer out) throws IOException {
        ObjectNode header = JSON.createObjectNode();
        header.put("format", EVENTS_FORMAT);
        header.put("runId", record.runId());
        header.put("checkpoint", record.checkpointFile());
        out.write(JSON.writeValueAsString(header) + "\n");
        for (ProvenRecord.Proven proven : record.covered()) {
            out.write(JSON.writeValueAsString(eventNode(proven.event(), Optional.of(proven.auditPath()))) + "\n");
        }
        for (ChainedEvent event : record.notYetCovered()) {
            out.write(JSON.writeValueAsString(eventNode(event, Optional.empty())) + "\n");
        }
    }

    /**
     * A run proof or an events export, told apart by the first line: an export's is a whole JSON object
     * that is not a proof (its header, or an event if the header was cut off); a proof may be on one line
     * or pretty-printed.
     */
    static ProvenRecord readJson(String text) {
        try {
            JsonNode first = JSON.readTree(text.lines().findFirst().orElse(""));
            if (first.isObject()
                    && !(first.has("format")
                            && PROOF_FORMAT.equals(first.get("format").asString()))) {
                return readJsonLines(text);
            }
        } catch (JacksonException notAWholeObject) {
            // the first line of a pretty-printed proof
        }
        return readProofDocument(text);
    }

    static ProvenRecord readJsonLines(String text) {
        List<String> lines = text.lines().filter(line -> !line.isBlank()).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("the events export is empty");
        }
        JsonNode header = parse(lines.get(0), "line 1 of the events export");
        requireFormat(header, EVENTS_FORMAT, "the events export");
        long runId = number(header, "runId", "line 1");
        var checkpoint = SignedCheckpoint.parseFile(string(header, "checkpoint", "line 1"))
                .checkpoint();
        List<ProvenRecord.Proven> covered = new ArrayList<>();
        List<ChainedEvent> after = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String where = "line " + (i + 1);
            JsonNode node = parse(lines.get(i), where);
            ChainedEvent event = readEvent(node, where);
            if (node.has("inclusionProof")) {
                covered.add(new ProvenRecord.Proven(event, auditPath(node)));
            } else {
                after.add(event);
            }
        }
        return new ProvenRecord(runId, checkpoint, covered, after);
    }

    // ---- events as CSV

    static CSVPrinter csvPrinter(Writer out) throws IOException {
        return new CSVPrinter(out, CSV);
    }

    /** One row; the checkpoint goes in the first row only (a spreadsheet shows it once). */
    static void writeCsvRow(CSVPrinter csv, ChainedEvent e, Optional<List<String>> auditPath, String checkpoint)
            throws IOException {
        csv.printRecord(
                e.position(),
                e.runId(),
                e.seq(),
                CsvCells.cell(e.type()),
                CsvCells.cell(e.actor()),
                ChainHasher.micros(e.at()),
                CsvCells.cell(e.detail()),
                e.previousHash(),
                e.hash(),
                e.scheme(),
                auditPath.map(path -> String.join(" ", path)).orElse(""),
                checkpoint);
    }

    static void writeCsv(ProvenRecord record, Writer out) throws IOException {
        CSVPrinter csv = csvPrinter(out);
        String checkpoint = record.checkpointFile();
        for (ProvenRecord.Proven proven : record.covered()) {
            writeCsvRow(csv, proven.event(), Optional.of(proven.auditPath()), checkpoint);
            checkpoint = "";
        }
        for (ChainedEvent event : record.notYetCovered()) {
            writeCsvRow(csv, event, Optional.empty(), checkpoint);
            checkpoint = "";
        }
        csv.flush();
    }

    static ProvenRecord readCsv(String text) {
        List<CSVRecord> rows;
        try {
            rows = CSVFormat.DEFAULT
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(new StringReader(text))
                    .getRecords();
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("the events export is not readable CSV: " + e.getMessage());
        }
        if (rows.isEmpty()) {
            throw new IllegalArgumentException("the events export has no rows");
        }
        if (!Arrays.asList(CSV_HEADER).equals(rows.get(0).getParser().getHeaderNames())) {
            throw new IllegalArgumentException("the events export's header is not " + String.join(",", CSV_HEADER));
        }
        var checkpoint =
                SignedCheckpoint.parseFile(rows.get(0).get("checkpoint")).checkpoint();
        List<ProvenRecord.Proven> covered = new ArrayList<>();
        List<ChainedEvent> after = new ArrayList<>();
        for (CSVRecord row : rows) {
            String where = "row " + (row.getRecordNumber() + 1);
            if (!row.isConsistent()) {
                throw new IllegalArgumentException(where + " does not have " + CSV_HEADER.length + " cells");
            }
            ChainedEvent event = csvEvent(row, where);
            String path = row.get("inclusion_proof");
            if (path.isEmpty()) {
                after.add(event);
            } else {
                covered.add(new ProvenRecord.Proven(event, List.of(path.split(" ", -1))));
            }
        }
        Long runId = covered.isEmpty()
                ? after.get(0).runId()
                : covered.get(0).event().runId();
        return new ProvenRecord(runId == null ? -1 : runId, checkpoint, covered, after);
    }

    private static ChainedEvent csvEvent(CSVRecord row, String where) {
        try {
            return new ChainedEvent(
                    optionalLong(row.get("position")),
                    Long.parseLong(row.get("run_id")),
                    Integer.parseInt(row.get("seq")),
                    CsvCells.restored(row.get("type")),
                    CsvCells.restored(row.get("actor")),
                    Instant.parse(row.get("occurred_at")),
                    CsvCells.restored(row.get("detail")),
                    emptyToNull(row.get("previous_hash")),
                    emptyToNull(row.get("hash")),
                    Integer.parseInt(row.get("hash_scheme")));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new IllegalArgumentException(where + " has an unreadable value: " + e.getMessage());
        }
    }

    private static Long optionalLong(String cell) {
        return cell.isEmpty() ? null : Long.parseLong(cell);
    }

    private static String emptyToNull(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    // ---- one event as a JSON object, shared by the proof and the JSON Lines

    /**
     * {@code detail} is the stored detail parsed, for reading; {@code detailText} is its exact stored text,
     * which is what is hashed and proven, so the verifier checks the one against the other.
     */
    static ObjectNode eventNode(ChainedEvent e, Optional<List<String>> auditPath) {
        ObjectNode node = JSON.createObjectNode();
        node.put("position", e.position());
        node.put("runId", e.runId());
        node.put("seq", e.seq());
        node.put("type", e.type());
        node.put("actor", e.actor());
        node.put("at", ChainHasher.micros(e.at()));
        node.set("detail", readable(e.detail()));
        node.put("detailText", e.detail());
        node.put("hashScheme", e.scheme());
        node.put("previousHash", e.previousHash());
        node.put("hash", e.hash());
        auditPath.ifPresent(path -> path.forEach(node.putArray("inclusionProof")::add));
        return node;
    }

    private static JsonNode readable(String detail) {
        try {
            return JSON.readTree(detail);
        } catch (JacksonException notJson) {
            return JSON.getNodeFactory().stringNode(detail);
        }
    }

    private static ChainedEvent readEvent(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(where + " is not an event object");
        }
        String detail = string(node, "detailText", where);
        if (!readable(detail).equals(node.get("detail"))) {
            throw new IllegalArgumentException(where + ": its detail differs from its detailText, the exact stored"
                    + " text that is proven (detail altered)");
        }
        try {
            return new ChainedEvent(
                    node.hasNonNull("position") ? number(node, "position", where) : null,
                    number(node, "runId", where),
                    Math.toIntExact(number(node, "seq", where)),
                    string(node, "type", where),
                    string(node, "actor", where),
                    Instant.parse(string(node, "at", where)),
                    detail,
                    node.hasNonNull("previousHash") ? string(node, "previousHash", where) : null,
                    node.hasNonNull("hash") ? string(node, "hash", where) : null,
                    Math.toIntExact(number(node, "hashScheme", where)));
        } catch (DateTimeParseException | ArithmeticException e) {
            throw new IllegalArgumentException(where + " has an unreadable value: " + e.getMessage());
        }
    }

    private static List<String> auditPath(JsonNode node) {
        JsonNode path = node.get("inclusionProof");
        if (path == null || !path.isArray()) {
            throw new IllegalArgumentException("an event has no inclusionProof list");
        }
        List<String> hashes = new ArrayList<>();
        for (JsonNode hash : path) {
            hashes.add(hash.isString() && Hashes.parseHash(hash.stringValue()) != null ? hash.stringValue() : "");
        }
        return hashes;
    }

    private static JsonNode parse(String text, String what) {
        try {
            return JSON.readTree(text);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(what + " is not readable JSON (truncated or altered)");
        }
    }

    private static void requireFormat(JsonNode node, String format, String what) {
        JsonNode actual = node.get("format");
        if (actual == null || !actual.isString() || !format.equals(actual.stringValue())) {
            throw new IllegalArgumentException(what + " is not " + format);
        }
    }

    private static Iterable<JsonNode> array(JsonNode node, String field) {
        JsonNode array = node.get(field);
        if (array == null || !array.isArray()) {
            throw new IllegalArgumentException("the run proof has no " + field + " list");
        }
        return array;
    }

    private static long number(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw new IllegalArgumentException(where + " has no whole number " + field);
        }
        return value.longValue();
    }

    private static String string(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalArgumentException(where + " has no text " + field);
        }
        return value.stringValue();
    }
}
