package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API end to end against the AWS stub: create, submit, read the live plan, approve its
 * hash, apply (202), follow the steps to VERIFIED; a second apply of a changed plan is a 409.
 */
@AutoConfigureMockMvc
class ApiApplyFlowTest extends StubbedApplyContext {

    private static final RequestPostProcessor OPERATOR_API = httpBasic("operator", "operator-pw");
    private static final RequestPostProcessor ADMIN_API = httpBasic("admin", "admin-pw");

    @Autowired
    MockMvc mvc;

    @Test
    void anOperatorAndAnAdminWireSeed003ThroughTheApi() throws Exception {
        String body = Files.readString(Path.of("docs/examples/seed-003.json"))
                .replace("\"create\": false }", "\"create\": true }")
                .replace("\"create\": false, \"managedPolicyArns\"", "\"create\": true, \"managedPolicyArns\"");
        String location = mvc.perform(post("/api/v1/runs")
                        .with(OPERATOR_API)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(body))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        String run = location.substring(location.indexOf("/api/v1/runs/"));
        mvc.perform(post(run + "/submit").with(OPERATOR_API)).andExpect(status().isOk());

        JsonNode plan = json(mvc.perform(post(run + "/plan").with(ADMIN_API))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.complete").value(true))
                .andReturn()
                .getResponse()
                .getContentAsString());
        mvc.perform(post(run + "/approve")
                        .with(ADMIN_API)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"planHash\":\"" + plan.get("hash").asString() + "\"}"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));

        mvc.perform(post(run + "/apply").with(OPERATOR_API))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("APPLYING"));

        await().atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    JsonNode steps = json(mvc.perform(get(run + "/steps").with(OPERATOR_API))
                            .andReturn()
                            .getResponse()
                            .getContentAsString());
                    return "VERIFIED".equals(steps.get("status").asString())
                            && !steps.get("running").asBoolean();
                });
        JsonNode steps = json(mvc.perform(get(run + "/steps").with(ADMIN_API))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(steps.get("percent").asInt()).isEqualTo(100);
        assertThat(steps.get("verification").get("verified").asBoolean()).isTrue();
        assertThat(steps.get("steps").values())
                .filteredOn(s -> "DONE".equals(s.get("outcome").asString()))
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.get("requestId").asString()).isNotBlank());
    }

    @Test
    void anApplyWhoseLivePlanChangedIsA409AndTheRunGoesBack() throws Exception {
        var run = approved(seed003(false));
        stub.account(DESTINATION)
                .givenRole(
                        DESTINATION_ROLE,
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                                + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}");

        mvc.perform(post("/api/v1/runs/{id}/apply", run.id()).with(OPERATOR_API))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.containsString("live state changed since the approval")));

        mvc.perform(get("/api/v1/runs/{id}", run.id()).with(OPERATOR_API))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        assertThat(stub.writes()).isEmpty();
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }
}
