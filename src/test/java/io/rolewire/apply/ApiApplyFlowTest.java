package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.rolewire.testsupport.FlociAccount;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.NoSuchEntityException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API end to end against Floci: create, submit, read the live plan, approve its hash, apply
 * (202), follow the steps to VERIFIED; an apply whose live plan changed since the approval is a 409.
 */
@AutoConfigureMockMvc
class ApiApplyFlowTest extends FlociApplyContext {

    private static final RequestPostProcessor OPERATOR_API = httpBasic("operator", "operator-pw");
    private static final RequestPostProcessor ADMIN_API = httpBasic("admin", "admin-pw");

    @Autowired
    MockMvc mvc;

    @Test
    void anOperatorAndAnAdminWireSeed003ThroughTheApi() throws Exception {
        Scenario s = Scenario.of(9);
        String body = Files.readString(Path.of("docs/examples/seed-003.json"))
                .replace("\"create\": false }", "\"create\": true }")
                .replace("\"create\": false, \"managedPolicyArns\"", "\"create\": true, \"managedPolicyArns\"")
                .replace("111122223333", s.source())
                .replace("555566667777", s.destination())
                .replace("my-ECS-task-role", s.sourceRole())
                .replace("destination-account-role", s.destinationRole())
                .replace("verify-assume-cross-account-role", s.family());
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

        await().atMost(Duration.ofMinutes(2))
                .pollInterval(Duration.ofMillis(100))
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
                .filteredOn(step -> "DONE".equals(step.get("outcome").asString()))
                .isNotEmpty()
                .allSatisfy(step -> assertThat(step.get("requestId").asString()).isNotBlank());
        try (IamClient destination = FlociAccount.root(s.destination()).iam()) {
            assertThat(destination
                            .getRole(r -> r.roleName(s.destinationRole()))
                            .role()
                            .assumeRolePolicyDocument())
                    .contains(s.sourceRoleArn());
        }
    }

    @Test
    void anApplyWhoseLivePlanChangedIsA409AndTheRunGoesBack() throws Exception {
        Scenario s = Scenario.of(10);
        var run = approved(s.seed003(true, false));
        // someone creates the destination role between the approval and the apply
        try (IamClient destination = FlociAccount.root(s.destination()).iam()) {
            destination.createRole(r -> r.roleName(s.destinationRole())
                    .assumeRolePolicyDocument(
                            "{\"Version\":\"2012-10-17\",\"Statement\":[" + FlociApplyScenariosTest.KEEP_ME + "]}"));
        }

        mvc.perform(post("/api/v1/runs/{id}/apply", run.id()).with(OPERATOR_API))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message")
                        .value(org.hamcrest.Matchers.containsString("live state changed since the approval")));

        mvc.perform(get("/api/v1/runs/{id}", run.id()).with(OPERATOR_API))
                .andExpect(jsonPath("$.status").value("SUBMITTED"));
        assertThat(applies.progress(run.id()).steps()).isEmpty();
        try (IamClient source = FlociAccount.root(s.source()).iam()) {
            assertThatThrownBy(() -> source.getRole(r -> r.roleName(s.sourceRole())))
                    .as("nothing was written")
                    .isInstanceOf(NoSuchEntityException.class);
        }
    }

    private static JsonNode json(String text) {
        return JsonMapper.shared().readTree(text);
    }
}
