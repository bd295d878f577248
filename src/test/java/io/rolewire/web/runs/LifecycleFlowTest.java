package io.rolewire.web.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole application through the browser forms: an operator submits, the run waits in the
 * admins' queue, an admin approves the plan shown on the page; each step's flash message is shown
 * once on the run page it redirects to, and each transition is in the event log.
 */
@SpringBootTest
@AutoConfigureMockMvc
class LifecycleFlowTest {

    static final RequestPostProcessor OPERATOR = user("operator").roles("OPERATOR");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Test
    void anOperatorSubmitsAndAnotherAdminApprovesThroughThePages() throws Exception {
        String id = createdByOperator();
        String run = "/runs/" + id;

        MvcResult submitted = mvc.perform(post(run + "/submit").with(OPERATOR).with(csrf()))
                .andExpect(redirectedUrl(run))
                .andReturn();
        mvc.perform(get(run).flashAttrs(submitted.getFlashMap()).with(OPERATOR))
                .andExpect(xpath("//*[@id='flash']").string("Run #" + id + " submitted for approval."))
                .andExpect(xpath("//h1/following-sibling::span[1]").string("Submitted"))
                .andExpect(xpath("//form[@id='cancel-form']").exists());
        mvc.perform(get("/approvals").with(ADMIN))
                .andExpect(xpath("//tr[@id='pending-" + id + "']").exists());

        // the run page's Approve leads to the confirmation page, whose form carries the plan hash
        mvc.perform(get(run).with(ADMIN))
                .andExpect(xpath("//form[@id='approve-form']/@action").string(run + "/approve"));
        String planHash = mvc.perform(get(run + "/approve").with(ADMIN))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*name=\"planHash\" value=\"([0-9a-f]{64})\".*", "$1");
        MvcResult approved = mvc.perform(post(run + "/approve")
                        .param("planHash", planHash)
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(redirectedUrl(run))
                .andReturn();

        mvc.perform(get(run).flashAttrs(approved.getFlashMap()).with(ADMIN))
                .andExpect(
                        xpath("//*[@id='flash']/@class").string(org.hamcrest.Matchers.containsString("alert-success")))
                .andExpect(xpath("//h1/following-sibling::span[1]").string("Approved"))
                .andExpect(xpath("//div[@id='actions']").doesNotExist())
                .andExpect(xpath("//*[@id='lifecycle-approved']/code").string(planHash))
                .andExpect(xpath("//section[@id='events']//tr/td[2]").nodeCount(3))
                .andExpect(xpath("//section[@id='events']//tr[3]/td[2]/code").string("APPROVED"))
                .andExpect(xpath("//section[@id='events']//tr[3]/td[3]").string("admin"));
        mvc.perform(get("/approvals").with(ADMIN))
                .andExpect(xpath("//tr[@id='pending-" + id + "']").doesNotExist());
    }

    @Test
    void aRefusedActionIsAMessageOnTheRunPageNotAnErrorPage() throws Exception {
        String id = createdByOperator();
        String run = "/runs/" + id;
        mvc.perform(post(run + "/submit").with(OPERATOR).with(csrf()));

        MvcResult refused = mvc.perform(post(run + "/cancel").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl(run))
                .andReturn();

        mvc.perform(get(run).flashAttrs(refused.getFlashMap()).with(ADMIN))
                .andExpect(
                        xpath("//*[@id='flash']/@class").string(org.hamcrest.Matchers.containsString("alert-danger")))
                .andExpect(xpath("//*[@id='flash']").string("Only the person who created run #" + id + " may do this."))
                .andExpect(xpath("//h1/following-sibling::span[1]").string("Submitted"));
    }

    private String createdByOperator() throws Exception {
        String body = mvc.perform(post("/api/v1/runs")
                        .with(httpBasic("operator", "operator-pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Files.readString(Path.of("docs/examples/seed-003.json"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonMapper.shared().readTree(body).get("id").asString();
        assertThat(id).isNotBlank();
        return id;
    }
}
