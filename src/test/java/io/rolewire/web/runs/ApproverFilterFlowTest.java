package io.rolewire.web.runs;

import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A run approved through the real lifecycle is found by its approver, in the page and the API. */
@SpringBootTest
@AutoConfigureMockMvc
class ApproverFilterFlowTest {

    @Autowired
    MockMvc mvc;

    @Test
    void theHistoryFindsARunByWhoApprovedIt() throws Exception {
        JsonNode run = JsonMapper.shared()
                .readTree(mvc.perform(post("/api/v1/runs")
                                .with(httpBasic("operator", "operator-pw"))
                                .contentType(MediaType.APPLICATION_JSON)
                                .content(Files.readString(Path.of("docs/examples/seed-003.json"))))
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

        mvc.perform(get("/runs")
                        .param("approvedBy", "admin2")
                        .with(user("reviewer").roles("REVIEWER")))
                .andExpect(xpath("//tr[@id='run-" + id + "']").exists())
                .andExpect(xpath("//input[@id='approvedBy']/@value").string("admin2"));
        mvc.perform(get("/runs")
                        .param("approvedBy", "admin")
                        .with(user("reviewer").roles("REVIEWER")))
                .andExpect(xpath("//tr[@id='run-" + id + "']").doesNotExist());
        mvc.perform(get("/api/v1/runs").param("approvedBy", "admin2").with(httpBasic("reviewer", "reviewer-pw")))
                .andExpect(jsonPath("$.items[*].id").value(hasItem((int) id)));
        mvc.perform(get("/api/v1/runs").param("approvedBy", "admin").with(httpBasic("reviewer", "reviewer-pw")))
                .andExpect(jsonPath("$.items[*].id").value(not(hasItem((int) id))));
    }
}
