package io.rolewire.web.runs;

import static io.rolewire.testsupport.RunsWithAccessUntil.withAccessUntil;
import static io.rolewire.web.runs.ApplyFixtures.LIVE_HASH;
import static io.rolewire.web.runs.ApplyFixtures.livePlan;
import static io.rolewire.web.runs.ApplyFixtures.runIn;
import static io.rolewire.web.runs.ApplyFixtures.unreachableDestination;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlannedResource;
import io.rolewire.apply.Side;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.web.FlashMessage;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The confirmation pages before approve and apply (issue 11): what will be written, in which account,
 * by whom and under which plan hash; a GET that calls nothing; the POST from them; Cancel; refusals.
 */
class ConfirmPagesTest extends RunPageSliceTest {

    @Test
    void approveSaysWhatTheLivePlanWritesInEachAccountByWhomAndTheHashItBindsTo() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        given(livePlans.latest(42)).willReturn(Optional.of(livePlan()));

        mvc.perform(get("/runs/42/approve").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(xpath("//h1").string("Approve run #42?"))
                .andExpect(xpath("//*[@id='confirm-by']").string(containsString("admin (you)")))
                .andExpect(xpath("//*[@id='confirm-plan-hash']").string(LIVE_HASH))
                .andExpect(xpath("//*[@id='confirm-source']").string(containsString("2026-11-22 15:50:05")))
                // the resources created or updated, per account; the unchanged role is not listed
                .andExpect(xpath("//section[@id='confirm-account-SOURCE']/@data-account")
                        .string("111122223333"))
                .andExpect(xpath("//section[@id='confirm-account-SOURCE']//h2").string("Source account 111122223333"))
                .andExpect(xpath("//section[@id='confirm-account-SOURCE']//li").nodeCount(1))
                .andExpect(xpath("normalize-space(//section[@id='confirm-account-SOURCE']//li)")
                        .string("Create inline policy rolewire-assume"))
                .andExpect(xpath("//section[@id='confirm-account-DESTINATION']//h2")
                        .string("Destination account 555566667777"))
                .andExpect(xpath("normalize-space(//section[@id='confirm-account-DESTINATION']//li)")
                        .string("Update trust policy destination-account-role"))
                // the real POST, with CSRF and the hash shown, and a way back
                .andExpect(xpath("//form[@id='confirm-form']/@action").string("/runs/42/approve"))
                .andExpect(xpath("//form[@id='confirm-form']/@method").string("post"))
                .andExpect(xpath("//form[@id='confirm-form']/input[@name='planHash']/@value")
                        .string(LIVE_HASH))
                .andExpect(
                        xpath("//form[@id='confirm-form']/input[@name='_csrf']").exists())
                .andExpect(xpath("//form[@id='confirm-form']/button").string("Approve this plan"))
                .andExpect(xpath("//a[@id='confirm-cancel']/@href").string("/runs/42"))
                .andExpect(xpath("//*[@id='confirm-blocked']").doesNotExist());
        verify(approvals, never()).approve(anyLong(), any(), anyString());
        verify(livePlans, never()).refresh(anyLong(), any());
    }

    @Test
    void anUnwiresRemovalsAreListedForTheApproverAndWhatItKeepsIsNot() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        LivePlan wiring = livePlan();
        LivePlan unwire = new LivePlan(
                42,
                LIVE_HASH,
                wiring.readAt(),
                true,
                wiring.accounts(),
                List.of(
                        removal(
                                "source.policy",
                                Side.SOURCE,
                                "Inline policy (deleted)",
                                "rolewire-assume",
                                Change.DELETE),
                        removal(
                                "destination.role",
                                Side.DESTINATION,
                                "IAM role (deleted)",
                                "shared",
                                Change.UNCHANGED)),
                List.of());
        given(livePlans.latest(42)).willReturn(Optional.of(unwire));

        mvc.perform(get("/runs/42/approve").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(xpath("normalize-space(//section[@id='confirm-account-SOURCE']//li)")
                        .string("Remove Inline policy (deleted) rolewire-assume"))
                .andExpect(xpath("//section[@id='confirm-account-DESTINATION']//li")
                        .nodeCount(0));
    }

    private static PlannedResource removal(String key, Side side, String kind, String name, Change change) {
        String account = side == Side.SOURCE ? "111122223333" : "555566667777";
        return new PlannedResource(key, side, account, kind, name, change, null, null, "{}", null, null);
    }

    @Test
    void thePostFromTheConfirmationApprovesTheHashShownThroughTheApplyModule() throws Exception {
        mvc.perform(post("/runs/42/approve")
                        .param("planHash", LIVE_HASH)
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(redirectedUrl("/runs/42"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("success", "lifecycle.flash.approved", List.of("42"))));
        verify(approvals).approve(eq(42L), argThat(u -> u.username().equals("admin")), eq(LIVE_HASH));
    }

    @Test
    void withoutALivePlanTheDocumentsAreListedAndApproveWaitsForOne() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));

        mvc.perform(get("/runs/42/approve").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='confirm-source']").string(containsString("the documents")))
                .andExpect(xpath("//*[@id='confirm-plan-hash']").string("a1b2c3"))
                // documents for people (CLI profile and script) are never written
                .andExpect(xpath("normalize-space(//section[@id='confirm-account-SOURCE']//li)")
                        .string("Document Source role: permission policy sourcePermissionPolicy"))
                .andExpect(xpath("//section[@id='confirm-account-DESTINATION']//*[@class='confirm-nothing mb-0']")
                        .string("Nothing is written in this account."))
                .andExpect(xpath("//*[@id='confirm-blocked']").string(containsString("Read the live state first")))
                .andExpect(xpath("//form[@id='confirm-form']").doesNotExist())
                .andExpect(xpath("//a[@id='confirm-cancel']/@href").string("/runs/42"));
    }

    @Test
    void applySaysWhatWillBeWrittenByTheRequesterUnderTheApprovedHash() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.APPROVED)));
        given(livePlans.latest(42)).willReturn(Optional.of(livePlan()));

        mvc.perform(get("/runs/42/apply").with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("//h1").string("Apply run #42 to AWS?"))
                .andExpect(xpath("//*[@id='confirm-by']").string(containsString("operator (you)")))
                .andExpect(xpath("//*[@id='confirm-plan-hash']").string("a1b2c3"))
                .andExpect(
                        xpath("//section[contains(@class,'confirm-account')]").nodeCount(2))
                .andExpect(xpath("//form[@id='confirm-form']/@action").string("/runs/42/apply"))
                .andExpect(
                        xpath("//form[@id='confirm-form']/input[@name='_csrf']").exists())
                .andExpect(xpath("//form[@id='confirm-form']/input[@name='planHash']")
                        .doesNotExist())
                .andExpect(xpath("//form[@id='confirm-form']/button").string("Apply to AWS now"));
        verify(applies, never()).apply(anyLong(), any());

        mvc.perform(post("/runs/42/apply").with(OPERATOR).with(csrf())).andExpect(redirectedUrl("/runs/42"));
        verify(applies).apply(eq(42L), argThat(u -> u.username().equals("operator")));
    }

    @Test
    void anAccountNotReachableInTheLatestPlanIsSaidOnceAndApplyIsNotOffered() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.APPROVED)));
        given(livePlans.latest(42)).willReturn(Optional.of(unreachableDestination()));

        mvc.perform(get("/runs/42/apply").with(OPERATOR))
                .andExpect(xpath("//section[@id='confirm-account-DESTINATION']//*[contains(@class,'reach-reason')]")
                        .string("AccessDenied: sts:GetCallerIdentity"))
                .andExpect(xpath("//*[contains(@class,'reach-reason')]").nodeCount(1))
                .andExpect(xpath("//*[@id='confirm-blocked']").string(containsString("account 555566667777")))
                .andExpect(xpath("//form[@id='confirm-form']").doesNotExist());
        mvc.perform(get("/runs/42").with(OPERATOR))
                .andExpect(xpath("//form[@id='apply-form']").doesNotExist())
                .andExpect(xpath("//*[@id='apply-blocked']").string(containsString("account 555566667777")));
    }

    @Test
    void aWiringWhoseAccessEndedIsOfferedNeitherApproveNorApplyAndTheReasonIsSaid() throws Exception {
        Instant ended = Instant.parse("2026-11-22T16:00:00Z");
        given(livePlans.latest(42)).willReturn(Optional.of(livePlan()));
        given(runs.find(42)).willReturn(Optional.of(accessUntil(runIn(RunStatus.SUBMITTED), ended)));

        mvc.perform(get("/runs/42/approve").with(ADMIN))
                .andExpect(xpath("//*[@id='confirm-blocked']").string(containsString("ended at 2026-11-22T16:00:00Z")))
                .andExpect(xpath("//form[@id='confirm-form']").doesNotExist());
        mvc.perform(get("/runs/42").with(ADMIN))
                .andExpect(xpath("//*[@id='approve-blocked']").string(containsString("ended at 2026-11-22T16:00:00Z")));

        given(runs.find(42)).willReturn(Optional.of(accessUntil(runIn(RunStatus.APPROVED), ended)));
        mvc.perform(get("/runs/42/apply").with(OPERATOR))
                .andExpect(xpath("//*[@id='confirm-blocked']").string(containsString("ended at 2026-11-22T16:00:00Z")))
                .andExpect(xpath("//form[@id='confirm-form']").doesNotExist());
        mvc.perform(get("/runs/42").with(OPERATOR))
                .andExpect(xpath("//form[@id='apply-form']").doesNotExist())
                .andExpect(xpath("//*[@id='apply-blocked']").string(containsString("ended at 2026-11-22T16:00:00Z")));
    }

    private static Run accessUntil(Run run, Instant until) {
        return withAccessUntil(run, until);
    }

    @Test
    void whoTheRunRefusesGoesBackToTheRunWithTheReasonAndOtherRolesAreForbidden() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        given(runs.find(43)).willReturn(Optional.of(runIn(RunStatus.APPROVED)));

        // four eyes: the requester is an operator; an admin who requested it would be refused the same way
        mvc.perform(get("/runs/42/approve").with(user("operator", "ADMIN")))
                .andExpect(redirectedUrl("/runs/42"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage(
                                        "danger", "lifecycle.refused.SELF_APPROVAL", List.of("42", "SUBMITTED"))));
        mvc.perform(get("/runs/43/apply").with(OPERATOR2))
                .andExpect(redirectedUrl("/runs/42"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage(
                                        "danger", "lifecycle.refused.NOT_REQUESTER", List.of("42", "APPROVED"))));
        mvc.perform(get("/runs/42/apply").with(OPERATOR))
                .andExpect(redirectedUrl("/runs/42"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage(
                                        "danger",
                                        "lifecycle.refused.NOT_ALLOWED_IN_STATE",
                                        List.of("42", "SUBMITTED"))));
        mvc.perform(get("/runs/42/approve").with(OPERATOR)).andExpect(status().isForbidden());
        mvc.perform(get("/runs/42/apply").with(REVIEWER)).andExpect(status().isForbidden());
        mvc.perform(get("/runs/404/apply").with(OPERATOR)).andExpect(status().isNotFound());
    }

    private static org.springframework.test.web.servlet.request.RequestPostProcessor user(String name, String role) {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user(name)
                .roles(role);
    }
}
