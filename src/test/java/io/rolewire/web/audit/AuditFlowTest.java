package io.rolewire.web.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.audit.AuditEvent;
import io.rolewire.audit.EventLog;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The whole application: a reviewer exports a run's events both ways, then verifies the log. */
@SpringBootTest
@AutoConfigureMockMvc
class AuditFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventLog eventLog;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aReviewerExportsParsesBackFindsTheExportsOnRecordAndTheChainIntact() throws Exception {
        long run = createRun();

        String csv = body(get("/api/v1/runs/" + run + "/events.csv").with(httpBasic("reviewer", "reviewer-pw")));
        try (CSVParser parsed = CSVFormat.DEFAULT
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(new StringReader(csv))) {
            assertThat(parsed.getHeaderNames()).contains("position", "type", "actor", "detail", "hash");
            assertThat(parsed.getRecords())
                    .singleElement()
                    .satisfies(r -> assertThat(r.get("type")).isEqualTo("CREATED"))
                    .satisfies(r -> assertThat(r.get("run_id")).isEqualTo(String.valueOf(run)));
        }
        String jsonl =
                body(get("/runs/" + run + "/events.jsonl").with(user("reviewer").roles("REVIEWER")));
        List<JsonNode> lines =
                jsonl.lines().map(line -> JsonMapper.shared().readTree(line)).toList();
        assertThat(lines.get(0).get("format").asString()).as("the header line").isEqualTo("rolewire-run-events/1");
        assertThat(lines.subList(1, lines.size()))
                .singleElement()
                .satisfies(line -> assertThat(line.get("actor").asString()).isEqualTo("operator"));

        List<AuditEvent> recorded = eventLog.recentAuditEvents(2);
        assertThat(recorded).extracting(AuditEvent::type).containsOnly(AuditEvent.EXPORTED);
        assertThat(recorded).extracting(AuditEvent::actor).containsOnly("reviewer");
        assertThat(recorded)
                .extracting(e ->
                        JsonMapper.shared().readTree(e.detail()).get("format").asString())
                .containsExactly("jsonl", "csv");
        assertThat(recorded).allSatisfy(e -> assertThat(e.detail()).contains("\"runId\":" + run));

        long events =
                jdbc.sql("select count(*) from run_events").query(Long.class).single();
        String verify = mvc.perform(get("/api/v1/audit/verify").with(httpBasic("reviewer", "reviewer-pw")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(verify).isEqualTo("{\"ok\":true,\"checked\":" + events + "}");
    }

    @Test
    void theRunPageLinksToTheCheckAndBothExports() throws Exception {
        long run = createRun();

        mvc.perform(get("/runs/" + run).with(user("reviewer").roles("REVIEWER")))
                .andExpect(xpath("//a[@id='verify-run']/@href").string("/runs/" + run + "/verify"))
                .andExpect(xpath("//a[@id='export-csv']/@href").string("/runs/" + run + "/events.csv"))
                .andExpect(xpath("//a[@id='export-jsonl']/@href").string("/runs/" + run + "/events.jsonl"));
        mvc.perform(get("/runs/" + run + "/verify").with(user("reviewer").roles("REVIEWER")))
                .andExpect(xpath("normalize-space(//*[@id='integrity-report'])").string("Intact: 1 event checked."));
    }

    private long createRun() throws Exception {
        String location = mvc.perform(post("/api/v1/runs")
                        .with(httpBasic("operator", "operator-pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Files.readString(Path.of("docs/examples/seed-003.json"))))
                .andReturn()
                .getResponse()
                .getHeader("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private String body(MockHttpServletRequestBuilder export) throws Exception {
        MvcResult started =
                mvc.perform(export).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
    }
}
