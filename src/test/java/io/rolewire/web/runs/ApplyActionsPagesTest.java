package io.rolewire.web.runs;

import static io.rolewire.web.runs.ApplyFixtures.livePlan;
import static io.rolewire.web.runs.ApplyFixtures.runIn;
import static io.rolewire.web.runs.ApplyFixtures.unreachableDestination;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.apply.ApplyRefused;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Refusal;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.runs.UnknownRunException;
import io.rolewire.web.FlashMessage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the run page's AWS buttons do: one call of the apply module each, then PRG with a message. */
class ApplyActionsPagesTest extends RunPageSliceTest {

    static final ActingUser AS_OPERATOR = ActingUser.of("operator", "OPERATOR");

    @Test
    void applyStartsTheApplyAndGoesBackToTheRun() throws Exception {
        given(applies.apply(42, AS_OPERATOR)).willReturn(runIn(RunStatus.APPLYING));

        mvc.perform(post("/runs/42/apply").with(OPERATOR).with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/runs/42"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("success", "lifecycle.flash.applyStarted", List.of("42"))));
        verify(applies).apply(42, AS_OPERATOR);
    }

    @Test
    void aRefusedApplyIsADangerMessageWithItsReason() throws Exception {
        willThrow(new ApplyRefused(ApplyRefused.Reason.PLAN_CHANGED, 42, "the destination trust changed"))
                .given(applies)
                .apply(42, AS_OPERATOR);

        mvc.perform(post("/runs/42/apply").with(OPERATOR).with(csrf()))
                .andExpect(redirectedUrl("/runs/42"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage(
                                        "danger",
                                        "apply.refused.PLAN_CHANGED",
                                        List.of("42", "the destination trust changed"))));
    }

    @Test
    void theApplyRefusalReadsAsTheApplyModuleWroteIt() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        var refusal = new FlashMessage("danger", "apply.refused.PLAN_CHANGED", List.of("42", "the trust changed"));

        mvc.perform(get("/runs/42").flashAttr(FlashMessage.ATTRIBUTE, refusal).with(OPERATOR))
                .andExpect(xpath("//*[@id='flash']/@class").string(containsString("alert-danger")))
                .andExpect(xpath("//*[@id='flash']").string(containsString("Run 42 was not applied")))
                .andExpect(xpath("//*[@id='flash']").string(containsString("the trust changed")));
    }

    @Test
    void aLifecycleRefusalOfARetryIsShownAsToday() throws Exception {
        willThrow(new TransitionRefused(Refusal.NOT_REQUESTER, 42, RunStatus.FAILED))
                .given(applies)
                .retry(42, AS_OPERATOR);

        mvc.perform(post("/runs/42/retry").with(OPERATOR).with(csrf()))
                .andExpect(redirectedUrl("/runs/42"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage(
                                        "danger", "lifecycle.refused.NOT_REQUESTER", List.of("42", "FAILED"))));
    }

    @Test
    void aRetryContinuesInTheBackground() throws Exception {
        given(applies.retry(42, AS_OPERATOR)).willReturn(runIn(RunStatus.APPLYING));

        mvc.perform(post("/runs/42/retry").with(OPERATOR).with(csrf()))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("success", "lifecycle.flash.retryStarted", List.of("42"))));
    }

    @Test
    void reverifySaysWhetherEveryCheckPassed() throws Exception {
        ActingUser admin = ActingUser.of("admin", "ADMIN");
        given(applies.reverify(42, admin)).willReturn(runIn(RunStatus.VERIFIED));
        given(applies.reverify(43, admin)).willReturn(runIn(RunStatus.VERIFICATION_FAILED));

        mvc.perform(post("/runs/42/reverify").with(ADMIN).with(csrf()))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("success", "lifecycle.flash.reverified", List.of("42"))));
        mvc.perform(post("/runs/43/reverify").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/runs/43"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("warning", "lifecycle.flash.reverifyFailed", List.of("43"))));
    }

    @Test
    void readingTheLiveStateSaysWhenAnAccountCouldNotBeReached() throws Exception {
        given(livePlans.refresh(42, AS_OPERATOR)).willReturn(livePlan());
        given(livePlans.refresh(43, AS_OPERATOR)).willReturn(unreachableDestination());

        mvc.perform(post("/runs/42/live-plan").with(OPERATOR).with(csrf()))
                .andExpect(redirectedUrl("/runs/42"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("success", "livePlan.flash.read", List.of("42"))));
        mvc.perform(post("/runs/43/live-plan").with(OPERATOR).with(csrf()))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("warning", "livePlan.flash.incomplete", List.of("43"))));
    }

    @Test
    void anApprovalThatCannotReadTheAccountsIsRefusedWithAMessage() throws Exception {
        ActingUser admin = ActingUser.of("admin", "ADMIN");
        willThrow(new ApplyRefused(ApplyRefused.Reason.ACCOUNT_UNREACHABLE, 42, "account 555566667777"))
                .given(approvals)
                .approve(42, admin, "b".repeat(64));

        mvc.perform(post("/runs/42/approve")
                        .param("planHash", "b".repeat(64))
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(redirectedUrl("/runs/42"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                // the page says why once, with each account: the flash does not repeat it
                                new FlashMessage("danger", "livePlan.flash.unreachable", List.of("42"))));
        verifyNoInteractions(lifecycle);
    }

    @Test
    void anUnknownRunIsTheNotFoundPage() throws Exception {
        willThrow(new UnknownRunException(99)).given(applies).apply(99, AS_OPERATOR);

        mvc.perform(post("/runs/99/apply").with(OPERATOR).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(xpath("//h1").string("Not found"));
    }

    @Test
    void reviewersAndRequestsWithoutCsrfCallNothing() throws Exception {
        for (String action : List.of("apply", "retry", "reverify", "live-plan")) {
            mvc.perform(post("/runs/42/" + action).with(REVIEWER).with(csrf())).andExpect(status().isForbidden());
            mvc.perform(post("/runs/42/" + action).with(OPERATOR)).andExpect(status().isForbidden());
        }
        verifyNoInteractions(applies, livePlans);
    }
}
