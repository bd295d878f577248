package io.rolewire.web.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;

import io.rolewire.audit.AuditEvent;
import io.rolewire.audit.EventLog;
import io.rolewire.runs.events.Exported;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The whole application: an operator stores seed 003, a reviewer downloads it as Terraform in the browser
 * and as CloudFormation through the API, and both downloads are on the record in the reviewer's name.
 */
@SpringBootTest
@AutoConfigureMockMvc
class CodeExportFlowTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    EventLog eventLog;

    @Test
    void aStoredRunDownloadsAsCodeBothWaysAndEachDownloadIsRecorded() throws Exception {
        long run = createRun();

        Map<String, String> terraform = CodeExportPagesTest.unzip(download(
                get("/runs/" + run + "/export/terraform").with(user("reviewer").roles("REVIEWER"))));
        Map<String, String> cloudFormation = CodeExportPagesTest.unzip(download(
                get("/api/v1/runs/" + run + "/export/cloudformation").with(httpBasic("reviewer", "reviewer-pw"))));

        String base = "run-" + run + "-terraform/";
        assertThat(terraform.get(base + "modules/source/main.tf"))
                .contains("\"Resource\": \"arn:aws:iam::555566667777:role/destination-account-role\"");
        assertThat(terraform.get(base + "main.tf")).contains("id = \"destination-account-role\"");
        assertThat(cloudFormation.keySet())
                .containsExactly(
                        "run-" + run + "-cloudformation/README.md",
                        "run-" + run + "-cloudformation/source.template.json");

        // sign-ins are audit events too: the two newest exports are ours
        List<AuditEvent> recorded = eventLog.recentAuditEvents(10).stream()
                .filter(e -> e.type().equals(AuditEvent.EXPORTED))
                .limit(2)
                .toList();
        assertThat(recorded).extracting(AuditEvent::actor).containsOnly("reviewer");
        assertThat(recorded)
                .extracting(e -> (Exported) e.event())
                .extracting(Exported::what, Exported::runId, Exported::format)
                .containsExactly(tuple("run-cloudformation", run, "zip"), tuple("run-terraform", run, "zip"));
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

    private byte[] download(MockHttpServletRequestBuilder export) throws Exception {
        MvcResult started =
                mvc.perform(export).andExpect(request().asyncStarted()).andReturn();
        return mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsByteArray();
    }
}
