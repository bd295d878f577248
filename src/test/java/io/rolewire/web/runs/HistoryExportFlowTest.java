package io.rolewire.web.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Through the real lifecycle and database: an approved run's history row, its row count, and both
 * exports, parsed back, with region, family, plan hash and approver, under a name with the filter.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HistoryExportFlowTest {

    /** Unique to this test class and run, so other runs stay out of its filter. */
    static final String FAMILY =
            "history-export-" + java.util.UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    MockMvc mvc;

    @Test
    void anApprovedRunIsExportedWithItsRegionFamilyPlanHashAndApprover() throws Exception {
        JsonNode run = approvedRun(FAMILY);
        long id = run.get("id").asLong();
        String planHash = run.get("planHash").asString();

        mvc.perform(get("/runs").param("text", FAMILY).with(user("reviewer").roles("REVIEWER")))
                .andExpect(xpath("//*[@id='runs-count']").string("1 run matches"))
                .andExpect(xpath("//tr[@id='run-" + id + "']/td[8]").string("admin2"));

        MockHttpServletResponse csv = export("csv");
        assertThat(csv.getHeader("Content-Disposition"))
                .matches("attachment; filename=\"rolewire-history_text-" + FAMILY + "_\\d{8}T\\d{6}Z\\.csv\"");
        List<CSVRecord> records = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv.getContentAsString(StandardCharsets.UTF_8)))
                .getRecords();
        assertThat(records).singleElement().satisfies(record -> {
            assertThat(record.get("id")).isEqualTo(String.valueOf(id));
            assertThat(record.get("status")).isEqualTo("APPROVED");
            assertThat(record.get("region")).isEqualTo("eu-west-1");
            assertThat(record.get("taskFamily")).isEqualTo(FAMILY);
            assertThat(record.get("planHash")).isEqualTo(planHash);
            assertThat(record.get("approvedBy")).isEqualTo("admin2");
        });

        MockHttpServletResponse jsonl = export("jsonl");
        assertThat(jsonl.getHeader("Content-Disposition")).endsWith(".jsonl\"");
        List<String> lines =
                jsonl.getContentAsString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        JsonNode line = JsonMapper.shared().readTree(lines.get(0));
        assertThat(line.get("region").asString()).isEqualTo("eu-west-1");
        assertThat(line.get("taskFamily").asString()).isEqualTo(FAMILY);
        assertThat(line.get("planHash").asString()).isEqualTo(planHash);
        assertThat(line.get("approvedBy").asString()).isEqualTo("admin2");
    }

    @Test
    void aBadFilterListsNoRunAtAll() throws Exception {
        approvedRun("other-" + FAMILY);

        mvc.perform(get("/runs")
                        .param("createdFrom", "2026-13-01")
                        .with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='createdFrom-error']").exists())
                .andExpect(xpath("//table").doesNotExist())
                .andExpect(xpath("//*[@id='runs-count']").doesNotExist());
    }

    private MockHttpServletResponse export(String format) throws Exception {
        MvcResult started = mvc.perform(get("/runs/export")
                        .param("text", FAMILY)
                        .param("format", format)
                        .with(user("reviewer").roles("REVIEWER")))
                .andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }

    private JsonNode approvedRun(String family) throws Exception {
        String body = Files.readString(Path.of("docs/examples/seed-003.json"))
                .replace("\"us-east-1\"", "\"eu-west-1\"")
                .replace("verify-assume-cross-account-role", family);
        JsonNode run = JsonMapper.shared()
                .readTree(mvc.perform(post("/api/v1/runs")
                                .with(httpBasic("operator", "operator-pw"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(body))
                        .andExpect(status().isCreated())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        long id = run.get("id").asLong();
        mvc.perform(post("/api/v1/runs/" + id + "/submit").with(httpBasic("operator", "operator-pw")))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/runs/" + id + "/approve")
                        .with(httpBasic("admin2", "admin2-pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"planHash\":\"" + run.get("planHash").asString() + "\"}"))
                .andExpect(status().isOk());
        return run;
    }
}
