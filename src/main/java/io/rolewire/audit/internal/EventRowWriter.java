package io.rolewire.audit.internal;

import io.rolewire.audit.ExportFormat;
import io.rolewire.wiring.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes exported events one at a time. Each row carries its position and both hashes, so a
 * reviewer can re-check an export offline with the rule of docs/adr/004-event-hash-chain.md.
 */
abstract class EventRowWriter {

    static final String[] CSV_HEADER = {
        "position", "run_id", "seq", "type", "actor", "occurred_at", "detail", "previous_hash", "hash"
    };

    abstract void write(ChainedEvent event) throws IOException;

    abstract void finish() throws IOException;

    static EventRowWriter of(ExportFormat format, OutputStream out) throws IOException {
        Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        return format == ExportFormat.CSV ? new Csv(text) : new JsonLines(text);
    }

    private static final class Csv extends EventRowWriter {
        private final CSVPrinter csv;

        Csv(Writer text) throws IOException {
            this.csv = new CSVPrinter(
                    text, CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).get());
        }

        @Override
        void write(ChainedEvent e) throws IOException {
            csv.printRecord(
                    e.position(),
                    e.runId(),
                    e.seq(),
                    CsvCells.cell(e.type()),
                    CsvCells.cell(e.actor()),
                    ChainHasher.micros(e.at()),
                    CsvCells.cell(e.detail()),
                    e.previousHash(),
                    e.hash());
        }

        @Override
        void finish() throws IOException {
            csv.flush();
        }
    }

    private static final class JsonLines extends EventRowWriter {
        private final Writer text;
        private final JsonMapper json = Json.mapper();

        JsonLines(Writer text) {
            this.text = text;
        }

        @Override
        void write(ChainedEvent e) throws IOException {
            ObjectNode line = json.createObjectNode();
            line.put("position", e.position());
            line.put("runId", e.runId());
            line.put("seq", e.seq());
            line.put("type", e.type());
            line.put("actor", e.actor());
            line.put("at", ChainHasher.micros(e.at()));
            line.set("detail", detail(e.detail()));
            line.put("previousHash", e.previousHash());
            line.put("hash", e.hash());
            text.write(json.writeValueAsString(line));
            text.write('\n');
        }

        private JsonNode detail(String detail) {
            try {
                return json.readTree(detail);
            } catch (JacksonException notJson) {
                return json.getNodeFactory().stringNode(detail);
            }
        }

        @Override
        void finish() throws IOException {
            text.flush();
        }
    }
}
