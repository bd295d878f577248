package io.rolewire.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.web.FlashMessage;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

/** The input steps: defaults, errors next to fields and in a summary, PRG, Back, ownership. */
class WizardStepsTest extends WizardSliceTest {

    static final String SIXTEEN_DIGITS = "1111222233334444";

    @Test
    void startingCreatesADraftWithDefaultsAndRedirectsToTheFirstStep() throws Exception {
        MvcResult start = mvc.perform(get("/wizard").with(OPERATOR))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/wizard/*/workload"))
                .andReturn();
        String workloadPage = start.getResponse().getRedirectedUrl();
        assertThat(workloadPage).matches("/wizard/[0-9a-f-]{36}/workload");

        mvc.perform(get(workloadPage).with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("//title").string("Workload · Rolewire"))
                .andExpect(xpath("//input[@name='workload' and @value='ECS_TASK']/@checked")
                        .exists())
                .andExpect(
                        xpath("//select[@id='region']/option[@selected]/@value").string("us-east-1"))
                .andExpect(xpath("//label[@for='region']").string("Region"))
                .andExpect(xpath("//li[@aria-current='step']").string(containsString("Workload")))
                .andExpect(xpath("//button[@name='back']").doesNotExist());
        UUID id = UUID.fromString(workloadPage.split("/")[2]);
        assertThat(saved(id).ecs().launchType()).isEqualTo("EC2");
        assertThat(saved(id).ecs().executionRole().roleName()).isEqualTo("ecsTaskExecutionRole");
    }

    @Test
    void onlyOperatorsAndAdminsUseTheWizard() throws Exception {
        mvc.perform(get("/wizard").with(REVIEWER)).andExpect(status().isForbidden());
        mvc.perform(get("/wizard")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/wizard").with(ADMIN)).andExpect(status().isFound());
        UUID id = draftOf(WizardStates.seed003());
        mvc.perform(get("/wizard/{id}/source", id).with(REVIEWER)).andExpect(status().isForbidden());
    }

    @Test
    void aValidStepIsSavedAndRedirectsToTheNextWithAFlash() throws Exception {
        UUID id = draftOf(WizardState.defaults("us-east-1"));

        mvc.perform(post("/wizard/{id}/source", id)
                        .param("accountId", "111122223333")
                        .param("roleName", "my-ECS-task-role")
                        .param("create", "true")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/wizard/" + id + "/destination"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE, new FlashMessage("success", "wizard.flash.saved", List.of())));

        assertThat(saved(id).source()).isEqualTo(new SourceForm("111122223333", "my-ECS-task-role", "true"));
    }

    @Test
    void aSixteenDigitAccountIdIsShownWithTheTwelveDigitRuleNextToTheFieldAndInTheSummary() throws Exception {
        UUID id = draftOf(WizardState.defaults("us-east-1"));

        mvc.perform(post("/wizard/{id}/source", id)
                        .param("accountId", SIXTEEN_DIGITS)
                        .param("roleName", "my-ECS-task-role")
                        .param("create", "false")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("normalize-space(//*[@id='accountId-error'])")
                        .string("An AWS account ID is exactly 12 digits; '1111222233334444' has 16."))
                .andExpect(xpath("//input[@id='accountId']/@value").string(SIXTEEN_DIGITS))
                .andExpect(xpath("//input[@id='accountId']/@aria-invalid").string("true"))
                .andExpect(xpath("//input[@id='accountId']/@aria-describedby").string("accountId-hint accountId-error"))
                .andExpect(xpath("//input[@id='accountId']/@class").string(containsString("is-invalid")))
                .andExpect(xpath("//*[@id='error-summary']//a/@href").string("#accountId"))
                .andExpect(xpath("//*[@id='error-summary']//a")
                        .string("An AWS account ID is exactly 12 digits; '1111222233334444' has 16."))
                .andExpect(xpath("//*[@id='roleName-error']").doesNotExist())
                .andExpect(xpath("//*[@id='flash']").doesNotExist());

        assertThat(saved(id).source().accountId()).isEmpty();
    }

    @Test
    void missingValuesGetTheFormsOwnMessages() throws Exception {
        UUID id = draftOf(WizardState.defaults("us-east-1"));

        mvc.perform(post("/wizard/{id}/destination", id)
                        .param("accountId", "")
                        .param("roleName", " ")
                        .param("create", "false")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("normalize-space(//*[@id='accountId-error'])").string("Enter the account ID."))
                .andExpect(xpath("normalize-space(//*[@id='roleName-error'])").string("Enter the role name."))
                .andExpect(xpath("count(//*[@id='error-summary']//li)").number(2.0));
    }

    @Test
    void anAccountIdWithLettersGetsTheFormsDigitsMessage() throws Exception {
        UUID id = draftOf(WizardState.defaults("us-east-1"));

        mvc.perform(post("/wizard/{id}/source", id)
                        .param("accountId", "1111-2222-3333")
                        .param("roleName", "my-ECS-task-role")
                        .param("create", "false")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("normalize-space(//*[@id='accountId-error'])").string("Use digits only."));
    }

    @Test
    void backKeepsWhatWasTypedWithoutCheckingIt() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        mvc.perform(post("/wizard/{id}/destination", id)
                        .param("accountId", "abc")
                        .param("roleName", "")
                        .param("create", "true")
                        .param("managedPolicyArns", "not-an-arn")
                        .param("back", "back")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/wizard/" + id + "/source"));

        mvc.perform(get("/wizard/{id}/destination", id).with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("//input[@id='accountId']/@value").string("abc"))
                .andExpect(xpath("//input[@id='create-true']/@checked").exists())
                .andExpect(xpath("//textarea[@id='managedPolicyArns']").string("not-an-arn"))
                .andExpect(xpath("//*[@id='error-summary']").doesNotExist());
    }

    @Test
    void backFromTheDetailsKeepsATypedNumberThatIsNoNumber() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        mvc.perform(post("/wizard/{id}/details", id)
                        .param("ecs.family", "fam")
                        .param("ecs.cpu", "abc")
                        .param("ecs.launchType", "FARGATE")
                        .param("back", "back")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(redirectedUrl("/wizard/" + id + "/destination"));

        mvc.perform(get("/wizard/{id}/details", id).with(OPERATOR))
                .andExpect(xpath("//input[@id='ecs-cpu']/@value").string("abc"))
                .andExpect(
                        xpath("//input[@id='ecs-launchType-FARGATE']/@checked").exists());
    }

    @Test
    void theDetailsStepShowsEcsFieldsAndChecksThemWithTheCoresRules() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        mvc.perform(post("/wizard/{id}/details", id)
                        .param("ecs.family", "verify-assume-cross-account-role")
                        .param("ecs.containerName", "test")
                        .param("ecs.image", "your-test-image")
                        .param("ecs.cpu", "12x")
                        .param("ecs.memory", "200")
                        .param("ecs.launchType", "EC2")
                        .param("ecs.executionRole.enabled", "true")
                        .param("ecs.executionRole.roleName", "ecsTaskExecutionRole")
                        .param("ecs.executionRole.create", "false")
                        .param("ecs.executionRole.secretArns", "arn:aws:secretsmanager:us-east-1:111122223333:nope")
                        .param("ecs.executionRole.ecrVpceId", "not-a-vpce")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("normalize-space(//*[@id='ecs-cpu-error'])")
                        .string("Enter a whole number (digits only, up to 6)."))
                .andExpect(
                        xpath("//*[@id='ecs-executionRole-secretArns-error']").exists())
                .andExpect(xpath("normalize-space(//*[@id='ecs-executionRole-ecrVpceId-error'])")
                        .string("'not-a-vpce' is not a VPC endpoint ID (vpce- followed by hexadecimal digits)."))
                .andExpect(xpath("//*[@id='error-summary']//a[@href='#ecs-executionRole-ecrVpceId']")
                        .exists())
                .andExpect(
                        xpath("//details[@id='execution-role-options']/@open").exists())
                .andExpect(xpath("//input[@id='ec2-instanceProfileName']").doesNotExist());
    }

    @Test
    void ec2DetailsShowOnlyTheInstanceProfileAndKeepTheSavedEcsValues() throws Exception {
        UUID id = draftOf(WizardStates.ec2Instance());

        mvc.perform(get("/wizard/{id}/details", id).with(OPERATOR))
                .andExpect(
                        xpath("//input[@id='ec2-instanceProfileName']/@value").string("AssumeRoleInA"))
                .andExpect(xpath("//input[@id='ecs-family']").doesNotExist());

        mvc.perform(post("/wizard/{id}/details", id)
                        .param("ec2.instanceProfileName", "ProfileB")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(redirectedUrl("/wizard/" + id + "/preview"));

        assertThat(saved(id).ec2().instanceProfileName()).isEqualTo("ProfileB");
        assertThat(saved(id).ecs()).isEqualTo(WizardStates.ecs());
    }

    @Test
    void anEmptyOrForgedPostNeverBreaksThePage() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        mvc.perform(post("/wizard/{id}/details", id).with(csrf()).with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='error-summary']").exists());
        mvc.perform(post("/wizard/{id}/workload", id)
                        .param("workload", "LAMBDA")
                        .param("region", "us-east-1")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("normalize-space(//*[@id='workload-error'])").string("Choose one of the options."));
        mvc.perform(post("/wizard/{id}/source", id)
                        .param("create", "maybe")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='create-error']").exists());

        assertThat(saved(id)).isEqualTo(WizardStates.seed003());
    }

    @Test
    void anUnknownRegionIsTheCoresRuleShownOnTheWorkloadStep() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        mvc.perform(post("/wizard/{id}/workload", id)
                        .param("workload", "ECS_TASK")
                        .param("region", "mars-north-1")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("normalize-space(//*[@id='region-error'])")
                        .string(containsString("'mars-north-1' is not an AWS region Rolewire knows")))
                // the value typed is still offered, so nothing changes behind the operator's back
                .andExpect(
                        xpath("//select[@id='region']/option[@selected]/@value").string("mars-north-1"));
    }

    @Test
    void typedMarkupIsEscapedInValuesAndMessages() throws Exception {
        UUID id = draftOf(WizardState.defaults("us-east-1"));

        mvc.perform(post("/wizard/{id}/source", id)
                        .param("accountId", "111122223333")
                        .param("roleName", "<script>alert(1)</script>")
                        .param("create", "false")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='roleName-error']").exists())
                .andExpect(xpath("//script[not(@src)]").doesNotExist())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")));
    }

    @Test
    void someoneElsesDraftDoesNotExist() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        mvc.perform(get("/wizard/{id}/source", id).with(OPERATOR2))
                .andExpect(status().isNotFound())
                .andExpect(xpath("//h1").string("Not found"));
        mvc.perform(post("/wizard/{id}/source", id)
                        .param("accountId", "999999999999")
                        .param("roleName", "x")
                        .param("create", "false")
                        .with(csrf())
                        .with(OPERATOR2))
                .andExpect(status().isNotFound());
        mvc.perform(get("/wizard/{id}/preview", id).with(OPERATOR2)).andExpect(status().isNotFound());
        mvc.perform(get("/wizard/{id}/documents/taskDefinition", id).with(OPERATOR2))
                .andExpect(status().isNotFound());

        assertThat(saved(id).source()).isEqualTo(WizardStates.source());
    }

    @Test
    void aDraftsOwnUrlResumesItForItsOwnerOnly() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        mvc.perform(get("/wizard/{id}", id).with(OPERATOR)).andExpect(redirectedUrl("/wizard/" + id + "/workload"));
        mvc.perform(get("/wizard/{id}", id).with(OPERATOR2)).andExpect(status().isNotFound());
    }

    @Test
    void unknownOrMalformedDraftIdsAreNotFound() throws Exception {
        mvc.perform(get("/wizard/{id}/source", UUID.randomUUID()).with(OPERATOR))
                .andExpect(status().isNotFound());
        mvc.perform(get("/wizard/not-a-uuid/source").with(OPERATOR))
                .andExpect(status().isNotFound())
                .andExpect(xpath("//h1").string("Not found"));
    }

    @Test
    void aPostWithoutCsrfTokenIsRefused() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        mvc.perform(post("/wizard/{id}/source", id).param("accountId", "1").with(OPERATOR))
                .andExpect(status().isForbidden());

        assertThat(saved(id).source()).isEqualTo(WizardStates.source());
    }

    @Test
    void formsCarryTheCsrfTokenAndLabelEveryField() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        mvc.perform(get("/wizard/{id}/details", id).with(OPERATOR))
                .andExpect(
                        xpath("//form[@id='wizard-form']//input[@name='_csrf']").exists())
                // every visible input, select and textarea has a label (or sits in a fieldset with legend)
                .andExpect(xpath("count(//form[@id='wizard-form']//input[@type='text' or @type='checkbox']"
                                + "[not(@id = //label/@for)])")
                        .number(0.0))
                .andExpect(xpath("count(//form[@id='wizard-form']//textarea[not(@id = //label/@for)])")
                        .number(0.0))
                .andExpect(xpath("//button[@name='back']").string("Back"))
                .andExpect(xpath("//button[@id='continue']").string("Continue"));
    }
}
