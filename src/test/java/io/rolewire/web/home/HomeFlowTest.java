package io.rolewire.web.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The whole application with its database: a rejected run is copied into a new wiring, the copy is
 * listed on the operator's home page until it is saved, saving it twice stores one run, and the
 * admins' navigation counts what waits for them.
 */
@SpringBootTest
@AutoConfigureMockMvc
class HomeFlowTest {

    // an operator of this test's own: other tests' drafts (the fuzz test's odd characters) stay off its home page
    static final RequestPostProcessor OPERATOR = user("home-flow-operator").roles("OPERATOR");
    static final RequestPostProcessor REVIEWER = user("reviewer").roles("REVIEWER");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    static final Pattern PLAN_HASH = Pattern.compile("name=\"planHash\" value=\"([0-9a-f]{64})\"");

    @Autowired
    MockMvc mvc;

    @Test
    void aRejectedRunIsCopiedResumedFromHomeAndSavedOnce() throws Exception {
        String rejected = apiRun();
        api(post("/api/v1/runs/" + rejected + "/submit"), "operator");
        api(
                post("/api/v1/runs/" + rejected + "/reject")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"reason\":\"Use the staging role.\"}"),
                "admin");

        mvc.perform(get("/runs/" + rejected).with(OPERATOR))
                .andExpect(xpath("//form[@id='copy-form']/@action").string("/wizard/from-run/" + rejected))
                .andExpect(xpath("//form[@id='copy-form']/input[@name='_csrf']").exists());
        mvc.perform(get("/runs/" + rejected).with(REVIEWER))
                .andExpect(xpath("//form[@id='copy-form']").doesNotExist());

        String workload = mvc.perform(
                        post("/wizard/from-run/" + rejected).with(csrf()).with(OPERATOR))
                .andExpect(redirectedUrlPattern("/wizard/*/workload"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        String draft = workload.split("/")[2];
        mvc.perform(get("/").with(OPERATOR))
                .andExpect(xpath("//a[@id='resume-" + draft + "']/@href").string("/wizard/" + draft))
                .andExpect(xpath("//tr[@id='draft-" + draft + "']/td[2]").string("111122223333/my-ECS-task-role"));

        String preview = mvc.perform(get("/wizard/" + draft + "/preview").with(OPERATOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        Matcher hash = PLAN_HASH.matcher(preview);
        assertThat(hash.find()).isTrue();
        String run = mvc.perform(post("/wizard/" + draft + "/preview")
                        .param("planHash", hash.group(1))
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(redirectedUrlPattern("/runs/*"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(run).isNotEqualTo("/runs/" + rejected);

        // saved: no longer a draft to resume; Back and Save again leads to the same run
        mvc.perform(get("/").with(OPERATOR))
                .andExpect(xpath("//tr[@id='draft-" + draft + "']").doesNotExist());
        mvc.perform(post("/wizard/" + draft + "/preview")
                        .param("planHash", hash.group(1))
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(redirectedUrl(run));
    }

    @Test
    void theAdminsNavigationCountsTheRunsWaitingForApproval() throws Exception {
        String before = count();
        api(post("/api/v1/runs/" + apiRun() + "/submit"), "operator");

        assertThat(Long.parseLong(count())).isEqualTo(Long.parseLong(before) + 1);
        mvc.perform(get("/runs").with(OPERATOR))
                .andExpect(xpath("//*[@id='nav-approvals-count']").doesNotExist());
    }

    private String count() throws Exception {
        return mvc.perform(get("/runs").with(ADMIN))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*id=\"nav-approvals-count\"[^>]*>(\\d+)<.*", "$1");
    }

    private String apiRun() throws Exception {
        String location = mvc.perform(post("/api/v1/runs")
                        .with(httpBasic("operator", "operator-pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Files.readString(Path.of("docs/examples/seed-003.json"))))
                .andExpect(status().isCreated())
                .andReturn()
                .getResponse()
                .getHeader("Location");
        return location.substring(location.lastIndexOf('/') + 1);
    }

    private void api(org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder request, String who)
            throws Exception {
        mvc.perform(request.with(httpBasic(who, who + "-pw"))).andExpect(status().isOk());
    }
}
