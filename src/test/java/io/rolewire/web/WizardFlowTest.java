package io.rolewire.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole application (database drafts and runs, the wiring core, security): an operator walks
 * the wizard of seed 003, fixes a 16-digit account id, saves the draft run and finds it in the
 * history with its CREATED event.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WizardFlowTest {

    static final RequestPostProcessor OPERATOR = user("operator").roles("OPERATOR");
    static final Pattern PLAN_HASH = Pattern.compile("name=\"planHash\" value=\"([0-9a-f]{64})\"");

    @Autowired
    MockMvc mvc;

    @Test
    void anOperatorWiresSeed003AndFindsTheRunInTheHistory() throws Exception {
        String workload = mvc.perform(get("/wizard").with(OPERATOR))
                .andExpect(redirectedUrlPattern("/wizard/*/workload"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String wizard = workload.substring(0, workload.lastIndexOf('/'));

        step(wizard + "/workload", "/source", "workload", "ECS_TASK", "region", "us-east-1");
        mvc.perform(post(wizard + "/source")
                        .param("accountId", "1111222233334444")
                        .param("roleName", "my-ECS-task-role")
                        .param("create", "false")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("normalize-space(//*[@id='accountId-error'])").string(containsString("12 digits")));
        step(wizard + "/source", "/destination", "accountId", "111122223333", "roleName", "my-ECS-task-role");
        step(wizard + "/destination", "/details", "accountId", "555566667777", "roleName", "destination-account-role");
        mvc.perform(post(wizard + "/details")
                        .param("ecs.family", "verify-assume-cross-account-role")
                        .param("ecs.containerName", "test")
                        .param("ecs.image", "your-test-image")
                        .param("ecs.cpu", "100")
                        .param("ecs.memory", "200")
                        .param("ecs.launchType", "EC2")
                        .param("ecs.executionRole.roleName", "ecsTaskExecutionRole")
                        .param("ecs.executionRole.create", "false")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(redirectedUrl(wizard + "/preview"));

        String preview = mvc.perform(get(wizard + "/preview").with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("//pre[@id='doc-sourcePermissionPolicy']").exists())
                .andExpect(xpath("//pre[@id='doc-destinationTrustPolicy']").exists())
                .andExpect(xpath("//pre[@id='doc-taskDefinition']").exists())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher hash = PLAN_HASH.matcher(preview);
        assertThat(hash.find()).as("plan hash in the save form").isTrue();

        String run = mvc.perform(post(wizard + "/preview")
                        .param("planHash", hash.group(1))
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(redirectedUrlPattern("/runs/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String runId = run.substring("/runs/".length());

        mvc.perform(get(run).with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(xpath("//h1").string("Run #" + runId))
                .andExpect(xpath("//*[@id='plan-hash']/code").string(hash.group(1)))
                .andExpect(xpath("//pre[@id='doc-taskDefinition']")
                        .string(containsString("verify-assume-cross-account-role")))
                .andExpect(xpath("//*[@id='events']//tr/td[2]/code").string("CREATED"))
                .andExpect(xpath("//*[@id='events']//tr/td[3]").string("operator"));
        mvc.perform(get("/runs").param("roleName", "my-ECS-task-role").with(OPERATOR))
                .andExpect(xpath("//tr[@id='run-" + runId + "']/td[2]").string("Draft"));
        mvc.perform(get(wizard + "/preview").with(user("operator2").roles("OPERATOR")))
                .andExpect(status().isNotFound());
    }

    private void step(String url, String next, String... params) throws Exception {
        var request = post(url).with(csrf()).with(OPERATOR).param("create", "false");
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        mvc.perform(request).andExpect(redirectedUrl(url.substring(0, url.lastIndexOf('/')) + next));
    }
}
