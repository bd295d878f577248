package io.rolewire.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.audit.RoleWiring;
import io.rolewire.runs.RunStatus;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The forms as a reader of the seeds expects them: sizes offered per launch type, fields that apply
 * only with a toggle, regions by name, done steps as links, one error summary in field order.
 */
class WizardFormsTest extends WizardSliceTest {

    private MockHttpServletRequestBuilder details(UUID id, String launchType) {
        return post("/wizard/{id}/details", id)
                .param("ecs.family", "verify-assume-cross-account-role")
                .param("ecs.containerName", "test")
                .param("ecs.image", "your-test-image")
                .param("ecs.launchType", launchType)
                .param("ecs.executionRole.roleName", "ecsTaskExecutionRole")
                .param("ecs.executionRole.create", "false")
                .with(csrf())
                .with(OPERATOR);
    }

    private Document page(String url, Object... vars) throws Exception {
        return Jsoup.parse(mvc.perform(get(url, vars).with(OPERATOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    @Test
    void fargateOffersEveryDocumentedPairGroupedByCpuAndSavesTheChosenPair() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        Document html = page("/wizard/{id}/details", id);
        Element select = html.getElementById("ecs-fargateSize");
        assertThat(select.select("optgroup")).hasSize(7);
        assertThat(select.select("optgroup").first().attr("label")).isEqualTo("0.25 vCPU (256 CPU units)");
        assertThat(select.select("optgroup").first().select("option"))
                .extracting(Element::val)
                .containsExactly("256/512", "256/1024", "256/2048");
        assertThat(select.select("option[value=1024/3072]").text()).isEqualTo("1 vCPU, 3 GB (1024 units, 3072 MiB)");
        assertThat(select.select("option[value=512/512]")).isEmpty();
        assertThat(html.getElementById("fargate-size").attr("data-depends-value"))
                .isEqualTo("FARGATE");
        assertThat(html.getElementById("ec2-size").attr("data-depends-value")).isEqualTo("EC2");

        mvc.perform(details(id, "FARGATE").param("ecs.fargateSize", "512/2048").param("ecs.cpu", "12x"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/wizard/" + id + "/preview"));
        assertThat(saved(id).toInput().ecs().cpu()).isEqualTo(512);
        assertThat(saved(id).toInput().ecs().memory()).isEqualTo(2048);
        assertThat(saved(id).ecs().cpu()).as("the EC2 value is kept as typed").isEqualTo("12x");
        assertThat(page("/wizard/{id}/details", id)
                        .select("#ecs-fargateSize option[selected]")
                        .val())
                .isEqualTo("512/2048");
    }

    @Test
    void aPairFargateDoesNotRunIsRefusedNextToTheSizeAndKeptSelected() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        String body = mvc.perform(details(id, "FARGATE").param("ecs.fargateSize", "512/512"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        Document html = Jsoup.parse(body);
        assertThat(html.getElementById("ecs-fargateSize-error").text())
                .isEqualTo("With 512 CPU units, Fargate task memory must be one of 1024, 2048, 3072, 4096 MiB;"
                        + " 512 is not.");
        assertThat(html.select("#ecs-fargateSize option[selected]").val()).isEqualTo("512/512");
        assertThat(html.select("#error-summary a").attr("href")).isEqualTo("#ecs-fargateSize");
        assertThat(html.select("#ecs-cpu-error, #ecs-memory-error")).isEmpty();
    }

    @Test
    void noFargateSizeChosenIsOneMessageOnTheSize() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        Document html = Jsoup.parse(mvc.perform(details(id, "FARGATE").param("ecs.fargateSize", ""))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(html.select("#error-summary li")).hasSize(1);
        assertThat(html.getElementById("ecs-fargateSize-error").text()).isEqualTo("This value is required.");
    }

    @Test
    void onEc2TheTypedNumbersAreUsedAndTheFargateChoiceIgnored() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        mvc.perform(details(id, "EC2")
                        .param("ecs.cpu", "256")
                        .param("ecs.memory", "512")
                        .param("ecs.fargateSize", "7/9"))
                .andExpect(status().isFound());

        assertThat(saved(id).toInput().ecs().cpu()).isEqualTo(256);
        assertThat(saved(id).toInput().ecs().memory()).isEqualTo(512);
    }

    @Test
    void executionRoleFieldsAreIgnoredWhileTheRoleIsOffAndKeptAsTyped() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        mvc.perform(details(id, "EC2")
                        .param("ecs.cpu", "256")
                        .param("ecs.memory", "512")
                        .param("ecs.executionRole.kmsKeyArn", "not-an-arn")
                        .param("ecs.executionRole.roleName", "x".repeat(80)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/wizard/" + id + "/preview"));
        assertThat(saved(id).ecs().executionRole().kmsKeyArn()).isEqualTo("not-an-arn");

        mvc.perform(details(id, "EC2")
                        .param("ecs.cpu", "256")
                        .param("ecs.memory", "512")
                        .param("ecs.executionRole.enabled", "true")
                        .param("ecs.executionRole.kmsKeyArn", "not-an-arn"))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='ecs-executionRole-kmsKeyArn-error']").exists());
    }

    @Test
    void managedPoliciesApplyOnlyToACreatedDestinationRole() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        mvc.perform(get("/wizard/{id}/destination", id).with(OPERATOR))
                .andExpect(xpath("//*[@id='managed-policies'][@data-depends-on='create'][@data-depends-value='true']"
                                + "//textarea[@id='managedPolicyArns']")
                        .exists());
        mvc.perform(destination(id, "false", "not-an-arn"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/wizard/" + id + "/details"));
        mvc.perform(destination(id, "true", "not-an-arn"))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='managedPolicyArns-error']").exists())
                .andExpect(xpath("//textarea[@id='managedPolicyArns']").string(containsString("not-an-arn")));
    }

    private MockHttpServletRequestBuilder destination(UUID id, String create, String managedPolicyArns) {
        return post("/wizard/{id}/destination", id)
                .param("accountId", "555566667777")
                .param("roleName", "destination-account-role")
                .param("create", create)
                .param("managedPolicyArns", managedPolicyArns)
                .with(csrf())
                .with(OPERATOR);
    }

    @Test
    void regionsAreOfferedByNameSortedWithTheirCode() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        List<String> labels =
                page("/wizard/{id}/workload", id).select("#region option").eachText();

        assertThat(labels).contains("Europe (Ireland) \u2014 eu-west-1", "US East (N. Virginia) \u2014 us-east-1");
        assertThat(labels.get(0)).startsWith("Africa (Cape Town)");
        assertThat(labels).isSortedAccordingTo(java.text.Collator.getInstance(java.util.Locale.ENGLISH));
        assertThat(page("/wizard/{id}/workload", id)
                        .select("#region option[selected]")
                        .val())
                .isEqualTo("us-east-1");
    }

    @Test
    void stepsBeforeTheCurrentOneAreLinksBackAndLaterOnesAreNot() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        Document html = page("/wizard/{id}/destination", id);

        assertThat(html.select(".wizard-steps a"))
                .extracting(a -> a.attr("href"))
                .containsExactly("/wizard/" + id + "/workload", "/wizard/" + id + "/source");
        assertThat(html.select("li.wizard-step-done")).hasSize(2);
        assertThat(html.select("li[aria-current=step]").text()).contains("Destination");
        assertThat(html.select("li[aria-current=step] a")).isEmpty();
    }

    @Test
    void theErrorSummaryIsTheFormsFirstElementOnEveryStepInFieldOrder() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        Document source = Jsoup.parse(mvc.perform(post("/wizard/{id}/source", id)
                        .param("accountId", "12x")
                        .param("roleName", "")
                        .param("create", "maybe")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(source.select("#wizard-form > :not(input[type=hidden])")
                        .first()
                        .id())
                .isEqualTo("error-summary");
        assertThat(source.select("#error-summary a").eachAttr("href"))
                .containsExactly("#accountId", "#roleName", "#create");

        Document details = Jsoup.parse(mvc.perform(post("/wizard/{id}/details", id)
                        .param("ecs.family", "bad family!")
                        .param("ecs.containerName", "test")
                        .param("ecs.image", "BAD IMAGE")
                        .param("ecs.launchType", "EC2")
                        .param("ecs.cpu", "99999")
                        .param("ecs.memory", "")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(details.select("#wizard-form > :not(input[type=hidden])")
                        .first()
                        .id())
                .isEqualTo("error-summary");
        assertThat(details.select("#error-summary a").eachAttr("href"))
                .containsExactly("#ecs-family", "#ecs-image", "#ecs-cpu", "#ecs-memory");
        assertThat(details.getElementById("ecs-family").val()).isEqualTo("bad family!");
        assertThat(details.getElementById("ecs-cpu").val()).isEqualTo("99999");
        assertThat(details.select("#back")).hasSize(1);
    }

    @Test
    void anOpenRunForTheSamePairIsAWarningOnThePreview() throws Exception {
        UUID id = draftOf(WizardStates.seed003());
        given(roleWirings.runsTouching(eq("111122223333"), eq("my-ECS-task-role"), anyInt()))
                .willReturn(List.of(
                        wired(41, RunStatus.SUBMITTED, "555566667777", "destination-account-role"),
                        wired(40, RunStatus.VERIFIED, "555566667777", "destination-account-role"),
                        wired(39, RunStatus.DRAFT, "555566667777", "other-role")));

        mvc.perform(get("/wizard/{id}/preview", id).with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='findings-WARNING']").string(containsString("OPEN_RUN_SAME_PAIR")))
                .andExpect(xpath("//*[@id='findings-WARNING']").string(containsString("#41")))
                .andExpect(
                        xpath("//*[@id='findings-WARNING']").string(org.hamcrest.Matchers.not(containsString("#40"))));
    }

    @Test
    void noOpenRunNoWarning() throws Exception {
        UUID id = draftOf(WizardStates.seed003());
        given(roleWirings.runsTouching(eq("111122223333"), eq("my-ECS-task-role"), anyInt()))
                .willReturn(List.of(wired(40, RunStatus.CANCELLED, "555566667777", "destination-account-role")));

        String body = mvc.perform(get("/wizard/{id}/preview", id).with(OPERATOR))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(body).doesNotContain("OPEN_RUN_SAME_PAIR");
    }

    private static RoleWiring wired(long runId, RunStatus status, String account, String role) {
        return new RoleWiring(
                runId,
                status,
                RoleWiring.Direction.ASSUMES,
                account,
                role,
                "operator",
                Instant.parse("2026-01-01T00:00:00Z"));
    }
}
