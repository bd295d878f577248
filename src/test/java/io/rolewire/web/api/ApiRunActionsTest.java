package io.rolewire.web.api;

import static io.rolewire.web.api.ApiRequests.SEED_003;
import static io.rolewire.web.api.ApiRequests.postJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The lifecycle endpoints in the whole application (real rules, H2, security): each status code of
 * the contract, with the API's error shape.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiRunActionsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    @Test
    void anOperatorSubmitsAndAnotherAdminApprovesThePlanTheyRead() throws Exception {
        JsonNode draft = create("operator");
        JsonNode submitted = ok(action(draft, "submit", "", "operator"));
        assertThat(submitted.get("status").asString()).isEqualTo("SUBMITTED");

        JsonNode approved = ok(action(draft, "approve", planHashBody(draft), "admin"));

        assertThat(approved.get("status").asString()).isEqualTo("APPROVED");
        JsonNode last = approved.get("events").get(approved.get("events").size() - 1);
        assertThat(last.get("type").asString()).isEqualTo("APPROVED");
        assertThat(last.get("actor").asString()).isEqualTo("admin");
        assertThat(last.at("/detail/planHash").asString())
                .isEqualTo(draft.get("planHash").asString());
    }

    @Test
    void anAdminApprovesTheUnwireAtTheEndOfAccessInAdvance() throws Exception {
        String ending = ApiRequests.seedWith(
                "\"workload\": \"ECS_TASK\",",
                "\"workload\": \"ECS_TASK\", \"accessUntil\": \"2099-01-31T00:00:00Z\",");
        JsonNode draft = json.readTree(mvc.perform(postJson("/api/v1/runs", ending, "operator"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        ok(action(draft, "submit", "", "operator"));
        String body = "{\"planHash\":\"" + draft.get("planHash").asString() + "\",\"unwireAtExpiry\":true}";

        assertError(action(draft, "approve", body, "operator"), 403, null, "role");
        JsonNode approved = ok(action(draft, "approve", body, "admin"));

        assertThat(approved.get("unwireApprovedInAdvance").asBoolean()).isTrue();
        assertThat(approved.at("/input/accessUntil").asString()).isEqualTo("2099-01-31T00:00:00Z");
        JsonNode last = approved.get("events").get(approved.get("events").size() - 1);
        assertThat(last.at("/detail/unwireAtExpiry").asBoolean()).isTrue();
    }

    @Test
    void aStalePlanHashIsAConflict() throws Exception {
        JsonNode draft = submitted("operator");

        MockHttpServletResponse stale = action(draft, "approve", "{\"planHash\":\"" + "0".repeat(64) + "\"}", "admin");

        assertError(stale, 409, null, "not the one you approved");
    }

    @Test
    void aTransitionNotAllowedInTheStateIsAConflict() throws Exception {
        JsonNode draft = create("operator");

        assertError(action(draft, "approve", planHashBody(draft), "admin"), 409, null, "is DRAFT");
        ok(action(draft, "cancel", "", "operator"));
        assertError(action(draft, "submit", "", "operator"), 409, null, "is CANCELLED");
    }

    @Test
    void selfApprovalIsForbidden() throws Exception {
        JsonNode own = submitted("admin");

        assertError(action(own, "approve", planHashBody(own), "admin"), 403, null, "own request");
        assertThat(ok(action(own, "approve", planHashBody(own), "admin2"))
                        .get("status")
                        .asString())
                .isEqualTo("APPROVED");
    }

    @Test
    void theWrongRoleIsForbidden() throws Exception {
        JsonNode draft = submitted("operator");

        assertError(action(draft, "approve", planHashBody(draft), "operator"), 403, null, "role");
        assertError(action(draft, "reject", "{\"reason\":\"no\"}", "reviewer"), 403, null, "role");
        assertError(action(draft, "cancel", "", "reviewer"), 403, null, "role");
    }

    @Test
    void onlyTheRequesterCancels() throws Exception {
        JsonNode draft = submitted("operator");

        assertError(action(draft, "cancel", "", "operator2"), 403, null, "Only the person who created");
        assertThat(ok(action(draft, "cancel", "", "operator")).get("status").asString())
                .isEqualTo("CANCELLED");
    }

    @Test
    void aRejectionWithoutAReasonIsABadRequest() throws Exception {
        JsonNode draft = submitted("operator");

        assertError(action(draft, "reject", "{}", "admin"), 400, "reason", "needs a reason");
        assertError(action(draft, "reject", "{\"reason\":\"  \"}", "admin"), 400, "reason", "needs a reason");
        JsonNode rejected = ok(action(draft, "reject", "{\"reason\":\"Use the staging role.\"}", "admin"));
        assertThat(rejected.get("status").asString()).isEqualTo("REJECTED");
        JsonNode last = rejected.get("events").get(rejected.get("events").size() - 1);
        assertThat(last.at("/detail/reason").asString()).isEqualTo("Use the staging role.");
    }

    @Test
    void anApprovalWithoutAPlanHashIsABadRequest() throws Exception {
        JsonNode draft = submitted("operator");

        assertError(action(draft, "approve", "{}", "admin"), 400, "planHash", "plan hash");
    }

    @Test
    void anUnknownRunIsNotFound() throws Exception {
        MockHttpServletResponse response = mvc.perform(
                        post("/api/v1/runs/999999/submit").with(httpBasic("operator", "operator-pw")))
                .andReturn()
                .getResponse();

        assertError(response, 404, null, "Run 999999 not found.");
    }

    private JsonNode create(String user) throws Exception {
        MockHttpServletResponse response = mvc.perform(postJson("/api/v1/runs", SEED_003, user))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(201);
        return json.readTree(response.getContentAsString());
    }

    private JsonNode submitted(String user) throws Exception {
        JsonNode draft = create(user);
        ok(action(draft, "submit", "", user));
        return draft;
    }

    private MockHttpServletResponse action(JsonNode run, String action, String body, String user) throws Exception {
        String url = "/api/v1/runs/" + run.get("id").asLong() + "/" + action;
        var request = body.isEmpty() ? post(url).with(httpBasic(user, user + "-pw")) : postJson(url, body, user);
        return mvc.perform(request).andReturn().getResponse();
    }

    private JsonNode ok(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return json.readTree(response.getContentAsString());
    }

    private void assertError(MockHttpServletResponse response, int status, String field, String text) throws Exception {
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(status);
        JsonNode error = json.readTree(response.getContentAsString()).at("/errors/0");
        assertThat(error.get("field").isNull() ? null : error.get("field").asString())
                .isEqualTo(field);
        assertThat(error.get("message").asString()).contains(text);
    }

    private static String planHashBody(JsonNode run) {
        return "{\"planHash\":\"" + run.get("planHash").asString() + "\"}";
    }
}
