package io.rolewire.web.runs;

import static org.hamcrest.Matchers.containsString;
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
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code rolewire.apply.aws-access=false} (the tests' default) in the whole application: the documents
 * are approved through the confirmation page; Apply is never offered, its reason is shown in its
 * place, once; the live plan says AWS access is off once, not on every resource.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AwsOffPagesTest {

    static final RequestPostProcessor OPERATOR = user("operator").roles("OPERATOR");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @Test
    void theDocumentsAreApprovedThroughTheConfirmationAndApplyIsReplacedByItsReason() throws Exception {
        String id = created();
        String run = "/runs/" + id;
        mvc.perform(post(run + "/submit").with(OPERATOR).with(csrf()));
        mvc.perform(post(run + "/live-plan").with(ADMIN).with(csrf()));

        mvc.perform(get(run).with(ADMIN))
                .andExpect(xpath("//*[@id='live-plan-aws-off']").string(containsString("rolewire.apply.aws-access")))
                .andExpect(xpath("//td[@class='resource-note'][normalize-space()!='']")
                        .nodeCount(0))
                .andExpect(xpath("//form[@id='approve-form']/@action").string(run + "/approve"));
        String hash = mvc.perform(get(run + "/approve").with(ADMIN))
                .andExpect(xpath("//*[@id='confirm-source']").string(containsString("the documents")))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*name=\"planHash\" value=\"([0-9a-f]{64})\".*", "$1");
        mvc.perform(post(run + "/approve").param("planHash", hash).with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl(run));

        mvc.perform(get(run).with(OPERATOR))
                .andExpect(xpath("//form[@id='apply-form']").doesNotExist())
                .andExpect(xpath("//*[@id='apply-blocked']").string(containsString("rolewire.apply.aws-access=false")));
        mvc.perform(get(run + "/apply").with(OPERATOR))
                .andExpect(xpath("//form[@id='confirm-form']").doesNotExist())
                .andExpect(xpath("//*[@id='confirm-blocked']").string(containsString("AWS access is switched off")))
                .andExpect(xpath("//a[@id='confirm-cancel']/@href").string(run));
    }

    private String created() throws Exception {
        String body = mvc.perform(post("/api/v1/runs")
                        .with(httpBasic("operator", "operator-pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Files.readString(Path.of("docs/examples/seed-003.json"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        return JsonMapper.shared().readTree(body).get("id").asString();
    }
}
