package io.rolewire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.RunSummary;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Workload;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Role names such as {@code =1+2} and {@code @A1} are valid IAM names; in a reviewer's spreadsheet
 * they must stay text. Both CSV writers are parsed back with commons-csv.
 */
class CsvFormulaCellsTest {

    static final List<String> FORMULAS = List.of("=1+2", "@A1", "+1+2", "-1+1", "\tTAB", "\rCR");
    static final Instant AT = Instant.parse("2026-12-03T10:00:00Z");

    @Test
    void historyExportNeutralizesEveryFormulaRoleName() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (SummaryWriter writer = SummaryWriter.of(ExportFormat.CSV, out)) {
            long id = 1;
            for (String name : FORMULAS) {
                writer.write(new RunSummary(
                        id++,
                        RunStatus.DRAFT,
                        Workload.ECS_TASK,
                        "111122223333",
                        name,
                        "555566667777",
                        name,
                        "=cmd|' /C calc'!A0",
                        AT));
            }
        }
        List<CSVRecord> records = parse(out, CSVFormat.RFC4180);
        assertThat(records).hasSize(FORMULAS.size());
        for (int i = 0; i < FORMULAS.size(); i++) {
            assertThat(records.get(i).get("sourceRoleName")).isEqualTo("'" + FORMULAS.get(i));
            assertThat(records.get(i).get("destinationRoleName")).isEqualTo("'" + FORMULAS.get(i));
            assertThat(records.get(i).get("createdBy")).isEqualTo("'=cmd|' /C calc'!A0");
            assertThat(records.get(i).get("sourceAccountId")).isEqualTo("111122223333");
            assertThat(records.get(i).get("id")).isEqualTo(String.valueOf(i + 1));
        }
    }

    @Test
    void eventExportNeutralizesFormulaCellsAndLeavesJsonAndHashesAlone() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Writer text = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        CSVPrinter csv = ProvenRecordFiles.csvPrinter(text);
        ChainedEvent event =
                new ChainedEvent(7L, 3L, 1, "CREATED", "@A1", AT, "{\"roleName\":\"=1+2\"}", "00ab", "ff01");
        ProvenRecordFiles.writeCsvRow(csv, event, Optional.of(List.of()), "");
        csv.flush();
        CSVRecord row = parse(out, CSVFormat.DEFAULT).get(0);
        assertThat(CsvCells.restored(row.get("actor"))).as("read back exactly").isEqualTo("@A1");
        assertThat(row.get("actor")).isEqualTo("'@A1");
        assertThat(row.get("type")).isEqualTo("CREATED");
        assertThat(row.get("detail")).isEqualTo("{\"roleName\":\"=1+2\"}");
        assertThat(row.get("previous_hash")).isEqualTo("00ab");
        assertThat(row.get("hash")).isEqualTo("ff01");
    }

    @ParameterizedTest
    @ValueSource(strings = {"my-ECS-task-role", "", "a=b", "role-", "'quoted", "1111"})
    void ordinaryTextIsWrittenAsItIs(String text) {
        assertThat(CsvCells.neutralized(text)).isEqualTo(text);
    }

    @Test
    void anAlreadyQuotedFormulaIsQuotedAgainSoTheRuleCanBeUndone() {
        assertThat(CsvCells.neutralized("'=1+2")).isEqualTo("''=1+2");
        assertThat(CsvCells.cell(-5L)).isEqualTo(-5L);
    }

    private static List<CSVRecord> parse(ByteArrayOutputStream out, CSVFormat format) throws Exception {
        return format.builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(out.toString(StandardCharsets.UTF_8)))
                .getRecords();
    }
}
