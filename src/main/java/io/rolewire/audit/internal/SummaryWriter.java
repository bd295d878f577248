package io.rolewire.audit.internal;

import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.RunSummary;
import io.rolewire.wiring.Json;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.json.JsonMapper;

/** Writes history rows one by one: a CSV with a header row, or one JSON object per line. */
abstract class SummaryWriter implements AutoCloseable {

    static final String[] HEADER = {
        "id",
        "status",
        "workload",
        "sourceAccountId",
        "sourceRoleName",
        "destinationAccountId",
        "destinationRoleName",
        "createdBy",
        "createdAt",
        "region",
        "taskFamily",
        "planHash",
        "approvedBy"
    };

    private static final JsonMapper JSON = Json.mapper();

    protected final Writer out;

    private SummaryWriter(OutputStream out) {
        this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
    }

    static SummaryWriter of(ExportFormat format, OutputStream out) throws IOException {
        return format == ExportFormat.CSV ? new Csv(out) : new JsonLines(out);
    }

    /** Called from a row callback, which cannot throw IOException. */
    final void write(RunSummary run) {
        try {
            writeRow(run);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    abstract void writeRow(RunSummary run) throws IOException;

    @Override
    public void close() throws IOException {
        out.flush();
    }

    private static final class Csv extends SummaryWriter {
        private final CSVPrinter printer;

        Csv(OutputStream stream) throws IOException {
            super(stream);
            printer = CSVFormat.RFC4180.builder().setHeader(HEADER).get().print(out);
        }

        @Override
        void writeRow(RunSummary r) throws IOException {
            printer.printRecord(
                    r.id(),
                    r.status(),
                    r.workload(),
                    CsvCells.cell(r.sourceAccountId()),
                    CsvCells.cell(r.sourceRoleName()),
                    CsvCells.cell(r.destinationAccountId()),
                    CsvCells.cell(r.destinationRoleName()),
                    CsvCells.cell(r.createdBy()),
                    r.createdAt(),
                    CsvCells.cell(r.region()),
                    CsvCells.cell(r.taskFamily()),
                    CsvCells.cell(r.planHash()),
                    CsvCells.cell(r.approvedBy()));
        }

        @Override
        public void close() throws IOException {
            printer.flush();
            super.close();
        }
    }

    private static final class JsonLines extends SummaryWriter {
        JsonLines(OutputStream stream) {
            super(stream);
        }

        @Override
        void writeRow(RunSummary run) throws IOException {
            out.write(JSON.writeValueAsString(run));
            out.write('\n');
        }
    }
}
