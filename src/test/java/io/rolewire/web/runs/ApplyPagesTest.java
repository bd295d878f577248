package io.rolewire.web.runs;

import static io.rolewire.web.runs.ApplyFixtures.LIVE_HASH;
import static io.rolewire.web.runs.ApplyFixtures.livePlan;
import static io.rolewire.web.runs.ApplyFixtures.progress;
import static io.rolewire.web.runs.ApplyFixtures.runIn;
import static io.rolewire.web.runs.ApplyFixtures.step;
import static io.rolewire.web.runs.ApplyFixtures.unreachableDestination;
import static io.rolewire.web.runs.ApplyFixtures.verified;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.apply.LivePlan;
import io.rolewire.apply.StepOutcome;
import io.rolewire.runs.RunStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The run page's live plan, apply buttons and steps, with the apply module mocked. */
class ApplyPagesTest extends RunPageSliceTest {

    @Test
    void theLivePlanShowsEachResourceItsChangeTheDiffsTheFindingsByOriginAndTheHash() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        given(livePlans.latest(42)).willReturn(Optional.of(livePlan()));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='live-plan-read']/time").string("2026-11-22 15:50:05 UTC"))
                .andExpect(xpath("//*[@id='live-plan-aws-off']").doesNotExist())
                .andExpect(xpath("normalize-space(//li[@id='reach-SOURCE'])")
                        .string("Source 111122223333 read as arn:aws:iam::111122223333:user/deployer"))
                .andExpect(xpath("//table[@id='live-plan-resources']/tbody/tr").nodeCount(3))
                .andExpect(xpath("//tr[@id='resource-source.role']/td[4]").string("Unchanged"))
                .andExpect(xpath("//tr[@id='resource-source.policy']/td[4]").string("Create"))
                .andExpect(xpath("//tr[@id='resource-destination.trust']/td[4]/span/@class")
                        .string(containsString("plan-change-UPDATE")))
                .andExpect(xpath("normalize-space(//tr[@id='resource-destination.trust']/td[1])")
                        .string("Destination 555566667777"))
                // diffs for what the apply creates or changes, none for what it leaves alone
                .andExpect(xpath("//details[@id='live-diff-source.role']").doesNotExist())
                .andExpect(xpath("//details[@id='live-diff-source.policy']//tr[@class='diff-added']/td[2]")
                        .string("{\"Action\": \"sts:AssumeRole\"}"))
                .andExpect(xpath("//details[@id='live-diff-destination.trust']//tr[@class='diff-changed']/td[2]")
                        .string("\"Sid\": \"rolewire\""))
                .andExpect(xpath("//*[@id='live-plan-findings']/div").nodeCount(2))
                .andExpect(xpath("//*[@id='live-plan-findings']/div[1]/@data-origin")
                        .string("Rolewire"))
                .andExpect(xpath("//*[@id='live-plan-findings']/div[1]/h4").string("Found by Rolewire"))
                .andExpect(xpath("//*[@id='live-plan-findings']/div[2]/@data-origin")
                        .string("IAM Access Analyzer"))
                .andExpect(xpath("//div[@data-origin='IAM Access Analyzer']//li/span[1]")
                        .string("Security warning"))
                .andExpect(xpath("//div[@data-origin='IAM Access Analyzer']//li/code")
                        .string("MISSING_CONDITION"))
                // what a finding is about, in words: a document, or a resource of the live plan
                .andExpect(xpath("//div[@data-origin='IAM Access Analyzer']//li/span[3]")
                        .string("on Destination role: trust policy"))
                .andExpect(xpath("//div[@data-origin='Rolewire']//li/span[3]")
                        .string("on the destination role's trust policy"))
                .andExpect(xpath("//*[@id='live-plan-hash']/code").string(LIVE_HASH))
                // a reviewer reads, never calls AWS
                .andExpect(xpath("//form[@id='live-plan-form']").doesNotExist());
    }

    @Test
    void whatCameFromAwsIsEscapedNeverMarkup() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.FAILED)));
        given(livePlans.latest(42)).willReturn(Optional.of(livePlan()));
        given(applies.progress(42))
                .willReturn(progress(RunStatus.FAILED, false, List.of(step(1, StepOutcome.FAILED, "CreateRole"))));

        String escaped = "&lt;script&gt;alert(&#39;live&#39;)&lt;/script&gt;";
        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(content().string(not(containsString("<script>alert"))))
                // the diff row, the resource note, the Access Analyzer finding, the step's AWS message
                .andExpect(content().string(containsString("&quot;Sid&quot;: &quot;" + escaped + "&quot;")))
                .andExpect(content().string(containsString("Keeps the other statements " + escaped)))
                .andExpect(content().string(containsString("Add a condition " + escaped)))
                .andExpect(content().string(containsString("User is not authorized " + escaped)));
    }

    @Test
    void anUnreachableAccountIsReportedWithItsReason() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        given(livePlans.latest(42)).willReturn(Optional.of(unreachableDestination()));

        mvc.perform(get("/runs/42").with(OPERATOR))
                .andExpect(xpath("//li[@id='reach-DESTINATION']/span[@class='badge text-bg-danger']")
                        .string("not reachable"))
                .andExpect(xpath("//li[@id='reach-DESTINATION']/span[@class='reach-reason']")
                        .string("AccessDenied: sts:GetCallerIdentity"))
                .andExpect(xpath("//tr[@id='resource-destination.trust']/td[4]").string("Unknown"))
                .andExpect(xpath("//details[contains(@class,'live-diff')]").doesNotExist());
    }

    @Test
    void withAwsAccessOffThePageSaysThePlanIsTheDocumentsAlone() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        given(livePlans.latest(42))
                .willReturn(Optional.of(new LivePlan(
                        42, "a1b2c3", Instant.parse("2026-11-22T15:50:05Z"), false, List.of(), List.of(), List.of())));

        mvc.perform(get("/runs/42").with(OPERATOR))
                .andExpect(xpath("//*[@id='live-plan-aws-off']").string(containsString("AWS access is switched off")))
                .andExpect(xpath("//*[@id='live-plan-aws-off']").string(containsString("the documents alone")))
                .andExpect(xpath("//ul[@id='live-plan-accounts']").doesNotExist());
    }

    @Test
    void approveIsOfferedOnceALivePlanWasReadElseTheReasonTakesItsPlace() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        given(runs.find(43)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        given(livePlans.latest(42)).willReturn(Optional.of(livePlan()));

        mvc.perform(get("/runs/42").with(ADMIN))
                .andExpect(xpath("//form[@id='approve-form']/@action").string("/runs/42/approve"))
                .andExpect(xpath("//*[@id='approve-blocked']").doesNotExist());
        mvc.perform(get("/runs/43").with(ADMIN))
                .andExpect(xpath("//*[@id='live-plan-none']").exists())
                .andExpect(xpath("//form[@id='approve-form']").doesNotExist())
                .andExpect(xpath("//*[@id='approve-blocked']").string(containsString("Read the live state first")));
    }

    @Test
    void operatorsAndAdminsMayReadTheLiveStateReviewersMayNot() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));

        mvc.perform(get("/runs/42").with(OPERATOR))
                .andExpect(xpath("//form[@id='live-plan-form']/@action").string("/runs/42/live-plan"))
                .andExpect(xpath("//form[@id='live-plan-form']/@method").string("post"))
                .andExpect(xpath("//form[@id='live-plan-form']/input[@name='_csrf']")
                        .exists());
        mvc.perform(get("/runs/42").with(ADMIN))
                .andExpect(xpath("//form[@id='live-plan-form']").exists());
        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(xpath("//form[@id='live-plan-form']").doesNotExist());
    }

    @Test
    void applyIsOfferedOnceApprovedToTheRequesterAndAdminsOnly() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.APPROVED)));

        mvc.perform(get("/runs/42").with(OPERATOR))
                .andExpect(xpath("//div[@id='apply-actions']/form").nodeCount(1))
                .andExpect(xpath("//form[@id='apply-form']/@action").string("/runs/42/apply"))
                .andExpect(xpath("//form[@id='apply-form']/@method").string("get"))
                .andExpect(xpath("//form[@id='apply-form']/button").string("Apply to AWS"))
                // never applied yet: no steps section
                .andExpect(xpath("//*[@id='apply-progress']").doesNotExist());
        mvc.perform(get("/runs/42").with(ADMIN))
                .andExpect(xpath("//form[@id='apply-form']").exists());
        mvc.perform(get("/runs/42").with(OPERATOR2))
                .andExpect(xpath("//div[@id='apply-actions']").doesNotExist());
        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(xpath("//div[@id='apply-actions']").doesNotExist());
    }

    @Test
    void aFailedRunOffersRetryAndAVerifiedOneReverify() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.FAILED)));
        given(runs.find(43)).willReturn(Optional.of(runIn(RunStatus.VERIFIED)));
        given(runs.find(44)).willReturn(Optional.of(runIn(RunStatus.VERIFICATION_FAILED)));
        given(applies.progress(42)).willReturn(progress(RunStatus.FAILED, false, List.of()));
        given(applies.progress(43)).willReturn(verified(true));
        given(applies.progress(44)).willReturn(verified(false));

        mvc.perform(get("/runs/42").with(OPERATOR))
                .andExpect(xpath("//div[@id='apply-actions']/form").nodeCount(1))
                .andExpect(xpath("//form[@id='retry-form']/@action").string("/runs/42/retry"));
        mvc.perform(get("/runs/43").with(ADMIN))
                .andExpect(xpath("//div[@id='apply-actions']/form").nodeCount(1))
                .andExpect(xpath("//form[@id='reverify-form']/@action").string("/runs/42/reverify"));
        mvc.perform(get("/runs/44").with(OPERATOR))
                .andExpect(xpath("//form[@id='reverify-form']").exists());
        mvc.perform(get("/runs/43").with(OPERATOR2))
                .andExpect(xpath("//div[@id='apply-actions']").doesNotExist());
        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(xpath("//div[@id='apply-actions']").doesNotExist());
    }

    @Test
    void theStepsShowEachCallWithTheFailedStepHighlighted() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.FAILED)));
        given(applies.progress(42))
                .willReturn(progress(
                        RunStatus.FAILED,
                        false,
                        List.of(
                                step(1, StepOutcome.DONE, "CreateRole"),
                                step(2, StepOutcome.SKIPPED, "PutRolePolicy"),
                                step(3, StepOutcome.FAILED, "UpdateAssumeRolePolicy"),
                                step(4, StepOutcome.NOT_RUN, "RegisterTaskDefinition"))));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(xpath("//section[@id='apply-progress']/@data-live").string("false"))
                .andExpect(xpath("//progress[@id='apply-progress-bar']/@value").string("100"))
                .andExpect(xpath("//*[@id='apply-progress-text']").string("4 of 4 steps finished (100%)"))
                .andExpect(xpath("//*[@id='apply-refresh']").doesNotExist())
                .andExpect(xpath("//table[@id='apply-steps']/tbody/tr").nodeCount(4))
                .andExpect(xpath("normalize-space(//tr[@id='step-1']/td[2])").string("Source 111122223333"))
                .andExpect(xpath("//tr[@id='step-1']/td[3]").string("iam:CreateRole"))
                .andExpect(xpath("//tr[@id='step-1']/td[4]").string("arn:aws:iam::111122223333:role/my-ECS-task-role"))
                .andExpect(xpath("//tr[@id='step-1']/td[5]").string("Done"))
                .andExpect(xpath("//tr[@id='step-1']/td[7]").string("120 ms"))
                .andExpect(xpath("//tr[@id='step-1']/td[8]").string("req-1"))
                .andExpect(xpath("//tr[@id='step-2']/td[5]").string("Skipped (in place)"))
                .andExpect(xpath("//tr[@id='step-3']/@class").string(containsString("step-failed")))
                .andExpect(xpath("//tr[contains(@class,'step-failed')]").nodeCount(1))
                .andExpect(xpath("//tr[@id='step-3']/td[6]").string("3"))
                .andExpect(xpath("//tr[@id='step-3']/td[9]/code").string("AccessDenied"))
                .andExpect(xpath("//tr[@id='step-4']/td[5]").string("Not run"))
                .andExpect(xpath("normalize-space(//*[@id='apply-failed']/span[1])")
                        .string("The apply stopped at step 3 (iam:UpdateAssumeRolePolicy)."))
                .andExpect(xpath("//*[@id='apply-failed']/code").string("AccessDenied"));
    }

    @Test
    void theVerificationShowsEachCheckWithItsEvidenceAndRequestId() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.VERIFICATION_FAILED)));
        given(applies.progress(42)).willReturn(verified(false));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(xpath("//*[@id='verification-result']/span[1]").string("Verification failed"))
                .andExpect(
                        xpath("//*[@id='verification-result']/span[2]").string("by operator, 2026-11-22 15:50:05 UTC"))
                .andExpect(xpath("//table[@id='verification-checks']/tbody/tr").nodeCount(3))
                .andExpect(xpath("//tr[@id='check-trust']/@data-passed").string("false"))
                .andExpect(xpath("//tr[@id='check-trust']/td[2]").string("failed"))
                .andExpect(xpath("//tr[@id='check-trust']/td[3]").string("exactly the source role"))
                .andExpect(xpath("//tr[@id='check-trust']/td[4]").string("req-trust"))
                .andExpect(xpath("//tr[@id='check-identity']/td[1]").string(containsString("sts:AssumeRole")))
                .andExpect(xpath("//tr[@id='check-identity']/td[2]").string("passed"));
    }

    @Test
    void whileApplyingThePageAsksTheScriptToFollowTheProgressAndOffersARefreshLink() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.APPLYING)));
        given(applies.progress(42))
                .willReturn(progress(
                        RunStatus.APPLYING,
                        true,
                        List.of(
                                step(1, StepOutcome.DONE, "CreateRole"),
                                step(2, StepOutcome.RUNNING, "PutRolePolicy"))));

        mvc.perform(get("/runs/42").with(OPERATOR))
                .andExpect(xpath("//section[@id='apply-progress']/@data-live").string("true"))
                .andExpect(xpath("//section[@id='apply-progress']/@data-progress-url")
                        .string("/runs/42/progress"))
                .andExpect(xpath("//progress[@id='apply-progress-bar']/@value").string("50"))
                .andExpect(xpath("//*[@id='apply-running']").exists())
                .andExpect(xpath("//a[@id='apply-refresh']/@href").string("/runs/42"))
                .andExpect(xpath("//script[@src='/js/rolewire.js']").exists())
                // nothing to start while it runs, and no live read in the middle of an apply
                .andExpect(xpath("//div[@id='apply-actions']").doesNotExist())
                .andExpect(xpath("//form[@id='live-plan-form']").doesNotExist());
    }

    @Test
    void theProgressFragmentIsTheStepsSectionAlone() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.APPLYING)));
        given(applies.progress(42))
                .willReturn(progress(
                        RunStatus.APPLYING,
                        true,
                        List.of(
                                step(1, StepOutcome.DONE, "CreateRole"),
                                step(2, StepOutcome.RUNNING, "PutRolePolicy"))));

        mvc.perform(get("/runs/42/progress").with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<html"))))
                .andExpect(content().string(not(containsString("navbar"))))
                .andExpect(xpath("/section/@id").string("apply-progress"))
                .andExpect(xpath("/section/@data-live").string("true"))
                .andExpect(xpath("//tr[@id='step-2']/td[5]").string("Running"));
    }

    @Test
    void theProgressFragmentSaysWhenTheApplyIsOver() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.VERIFIED)));
        given(applies.progress(42)).willReturn(verified(true));

        mvc.perform(get("/runs/42/progress").with(OPERATOR))
                .andExpect(xpath("/section/@data-live").string("false"))
                .andExpect(xpath("//*[@id='verification-result']/span[1]").string("Verified"));
    }

    @Test
    void theProgressOfAnUnknownRunIsNotFound() throws Exception {
        mvc.perform(get("/runs/99/progress").with(OPERATOR))
                .andExpect(status().isNotFound())
                .andExpect(xpath("//h1").string("Not found"));
    }
}
