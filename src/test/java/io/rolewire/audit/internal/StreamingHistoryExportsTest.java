package io.rolewire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.ExportRecorded;
import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunHistory;
import io.rolewire.audit.RunSummary;
import io.rolewire.benchmark.GeneratedRuns;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Workload;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Both export formats parse back into exactly the runs the history streamed, in order. */
class StreamingHistoryExportsTest {

    static final Instant NOW = Instant.parse("2026-11-22T17:00:00Z");

    final List<RunSummary> runs = generated(300);
    final List<Object> published = new ArrayList<>();
    HistoryFilter seen;
    final StreamingHistoryExports exports =
            new StreamingHistoryExports(new ListHistory(), published::add, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void csvHasAHeaderAndOneRecordPerRunThatParsesBack() throws Exception {
        String csv = write(HistoryFilter.none(), ExportFormat.CSV);

        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))
                .getRecords();
        assertThat(csv).startsWith(String.join(",", SummaryWriter.HEADER) + "\r\n");
        assertThat(records.stream().map(StreamingHistoryExportsTest::fromCsv).toList())
                .isEqualTo(runs);
    }

    @Test
    void jsonLinesHaveOneObjectPerRunThatParsesBack() throws Exception {
        String jsonl = write(HistoryFilter.none(), ExportFormat.JSONL);

        JsonMapper json = JsonMapper.builder().build();
        List<RunSummary> parsed = jsonl.lines()
                .map(line -> json.readValue(line, RunSummary.class))
                .toList();
        assertThat(jsonl).endsWith("\n");
        assertThat(parsed).isEqualTo(runs);
    }

    @Test
    void theExportIsRecordedWithItsFilterBeforeAnythingIsWritten() {
        var filter = new HistoryFilter(
                "111122223333",
                null,
                RunStatus.APPLIED,
                null,
                null,
                null,
                Workload.ECS_TASK,
                LocalDate.parse("2026-01-01"),
                null,
                "pay",
                null);

        exports.export(filter, ExportFormat.JSONL, "reviewer");

        assertThat(seen).isNull();
        assertThat(published)
                .containsExactly(new ExportRecorded(
                        "reviewer",
                        "history",
                        null,
                        Map.of(
                                "accountId", "111122223333",
                                "status", "APPLIED",
                                "workload", "ECS_TASK",
                                "createdFrom", "2026-01-01",
                                "text", "pay",
                                "order", "NEWEST_FIRST"),
                        "jsonl",
                        NOW));
    }

    @Test
    void theFilterIsPassedThroughToTheHistory() throws Exception {
        var filter = new HistoryFilter(null, "reader", null, null);

        write(filter, ExportFormat.CSV);

        assertThat(seen).isEqualTo(filter);
    }

    private String write(HistoryFilter filter, ExportFormat format) throws Exception {
        var out = new ByteArrayOutputStream();
        exports.export(filter, format, "reviewer").writeTo(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    private static RunSummary fromCsv(CSVRecord r) {
        return new RunSummary(
                Long.parseLong(r.get("id")),
                RunStatus.valueOf(r.get("status")),
                Workload.valueOf(r.get("workload")),
                r.get("sourceAccountId"),
                r.get("sourceRoleName"),
                r.get("destinationAccountId"),
                r.get("destinationRoleName"),
                r.get("createdBy"),
                Instant.parse(r.get("createdAt")),
                orNull(r.get("region")),
                orNull(r.get("taskFamily")),
                orNull(r.get("planHash")),
                orNull(r.get("approvedBy")),
                null);
    }

    /** CSV has no null: an empty cell is a value that was not there. */
    private static String orNull(String cell) {
        return cell.isEmpty() ? null : cell;
    }

    @Test
    void bothFormatsCarryRegionFamilyPlanHashAndApprover() throws Exception {
        RunSummary first = runs.stream()
                .filter(r -> r.taskFamily() != null && r.approvedBy() != null)
                .findFirst()
                .orElseThrow();
        assertThat(first.planHash()).hasSize(64);

        assertThat(SummaryWriter.HEADER).endsWith("region", "taskFamily", "planHash", "approvedBy");
        String csv = write(HistoryFilter.none(), ExportFormat.CSV);
        assertThat(csv.lines()
                        .filter(line -> line.startsWith(first.id() + ","))
                        .findFirst()
                        .orElseThrow())
                .endsWith("," + first.region() + "," + first.taskFamily() + "," + first.planHash() + ",admin");
        assertThat(write(HistoryFilter.none(), ExportFormat.JSONL)
                        .lines()
                        .findFirst()
                        .orElseThrow())
                .contains("\"planHash\":\"" + first.planHash() + "\"")
                .contains("\"approvedBy\":\"admin\"")
                .contains("\"region\":\"" + first.region() + "\"");
    }

    private static List<RunSummary> generated(int count) {
        var source = new GeneratedRuns(3, 5, 20, 4);
        List<RunSummary> list = new ArrayList<>();
        for (int id = 1; id <= count; id++) {
            list.add(withExportColumns(source.next(id).summary()));
        }
        return list;
    }

    /** The columns only exports show: every other run approved, EC2 runs without a family. */
    private static RunSummary withExportColumns(RunSummary r) {
        return new RunSummary(
                r.id(),
                r.status(),
                r.workload(),
                r.sourceAccountId(),
                r.sourceRoleName(),
                r.destinationAccountId(),
                r.destinationRoleName(),
                r.createdBy(),
                r.createdAt(),
                r.id() % 3 == 0 ? "eu-west-1" : "us-east-1",
                r.workload() == Workload.ECS_TASK ? "family-" + r.id() : null,
                String.format("%064x", r.id()),
                r.id() % 2 == 1 ? "admin" : null,
                null);
    }

    /** A history that streams the list and remembers the filter it was asked for. */
    class ListHistory implements RunHistory {
        @Override
        public HistoryPage search(HistoryFilter filter, Long after, int size) {
            // an export must stream (forEach), never page through search: fail loudly if it does
            throw new UnsupportedOperationException("exports must not page through the history");
        }

        @Override
        public long count(HistoryFilter filter, int atMost) {
            throw new UnsupportedOperationException("exports do not count");
        }

        @Override
        public void forEach(HistoryFilter filter, Consumer<RunSummary> sink) {
            seen = filter;
            runs.forEach(sink);
        }
    }
}
