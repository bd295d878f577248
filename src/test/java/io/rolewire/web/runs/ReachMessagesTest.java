package io.rolewire.web.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
 * Issue 9, outcome 6, in the whole application: AWS cannot be reached (an endpoint where nothing
 * listens for the source, a profile that does not exist for the destination). The run page says so
 * in one sentence per account, naming the account and the property to set, never with the SDK's
 * text, and offers no Approve in its place.
 */
@SpringBootTest(
        properties = {
            "rolewire.apply.aws-access=true",
            "rolewire.aws.endpoint-url=http://127.0.0.1:1",
            "rolewire.aws.retry-mode=standard",
            "rolewire.aws.api-call-timeout=5s",
            "rolewire.aws.accounts.111122223333.access-key-id=111122223333",
            "rolewire.aws.accounts.111122223333.secret-access-key=test",
            "rolewire.aws.accounts.555566667777.profile=rolewire-test-no-such-profile",
            "rolewire.aws.credentials-file=${java.io.tmpdir}/rolewire-tests/no-such-credentials-file"
        })
@AutoConfigureMockMvc
class ReachMessagesTest {

    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");
    /** What the SDK or the JDK say about a failed call: never on a page. */
    static final List<String> SDK_TEXT = List.of(
            "Unable to",
            "Connection refused",
            "Connect to",
            "software.amazon",
            "Exception",
            "SdkClient",
            "profile file");

    @Autowired
    MockMvc mvc;

    @Test
    void eachUnreachableAccountIsSaidOnceWithItsPropertyAndNoSdkTextAndApproveIsReplacedByTheReason() throws Exception {
        String run = "/runs/" + submittedByOperator();
        MvcResult read =
                mvc.perform(post(run + "/live-plan").with(ADMIN).with(csrf())).andReturn();

        String page = mvc.perform(get(run).flashAttrs(read.getFlashMap()).with(ADMIN))
                .andExpect(xpath("//li[@id='reach-SOURCE']//*[@class='reach-reason']")
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.startsWith("Account 111122223333 was not read"),
                                org.hamcrest.Matchers.containsString("rolewire.aws."),
                                org.hamcrest.Matchers.containsString("README, \"AWS access: applying runs\""))))
                .andExpect(xpath("//li[@id='reach-DESTINATION']//*[@class='reach-reason']")
                        .string(org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.containsString("555566667777"),
                                org.hamcrest.Matchers.containsString("rolewire.aws."),
                                org.hamcrest.Matchers.containsString("README"))))
                .andExpect(xpath("//*[@class='reach-reason']").nodeCount(2))
                .andExpect(xpath("//form[@id='approve-form']").doesNotExist())
                .andExpect(xpath("//*[@id='approve-blocked']")
                        .string(org.hamcrest.Matchers.containsString("111122223333, 555566667777")))
                .andReturn()
                .getResponse()
                .getContentAsString();

        // the event log below is the record of the read (what was recorded, as recorded): left out here
        String notices = page.replaceAll("(?s)<section id=\"events\".*?</section>", "");
        assertThat(notices).doesNotContain("id=\"events\"");
        for (String account : List.of("111122223333", "555566667777")) {
            String sentence = "Account " + account + " was not read";
            assertThat(notices.split(sentence, -1)).as("said once: " + sentence).hasSize(2);
        }
        assertThat(SDK_TEXT).allSatisfy(text -> assertThat(page).doesNotContain(text));

        // the confirmation page says the same, once per account, and offers only Cancel
        String confirm = mvc.perform(get(run + "/approve").with(ADMIN))
                .andExpect(xpath("//form[@id='confirm-form']").doesNotExist())
                .andExpect(xpath("//*[@class='reach-reason text-danger mb-2']").nodeCount(2))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(SDK_TEXT).allSatisfy(text -> assertThat(confirm).doesNotContain(text));
    }

    private String submittedByOperator() throws Exception {
        String body = mvc.perform(post("/api/v1/runs")
                        .with(httpBasic("operator", "operator-pw"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(Files.readString(Path.of("docs/examples/seed-003.json"))))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String id = JsonMapper.shared().readTree(body).get("id").asString();
        mvc.perform(post("/api/v1/runs/" + id + "/submit").with(httpBasic("operator", "operator-pw")));
        return id;
    }
}
