package io.rolewire.web.runs;

import static io.rolewire.web.runs.RunFixtures.CREATED;
import static io.rolewire.web.runs.RunFixtures.run;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.apply.Applies;
import io.rolewire.apply.LivePlans;
import io.rolewire.apply.Unwires;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.HistoryExports;
import io.rolewire.audit.RunHistory;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Approvals;
import io.rolewire.runs.Refusal;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.runs.UnknownRunException;
import io.rolewire.security.SecurityTestImports;
import io.rolewire.web.FlashMessage;
import io.rolewire.web.WebTestConfiguration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The run page's lifecycle buttons per user, and what each POST answers. */
@WebMvcTest(controllers = {RunsController.class, RunActionsController.class})
@Import({SecurityTestImports.class, WebTestConfiguration.class})
class RunActionsPagesTest {

    static final RequestPostProcessor OPERATOR = user("operator").roles("OPERATOR");
    static final RequestPostProcessor OPERATOR2 = user("operator2").roles("OPERATOR");
    static final RequestPostProcessor REVIEWER = user("reviewer").roles("REVIEWER");
    static final RequestPostProcessor ADMIN = user("admin").roles("ADMIN");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Unwires unwires;

    @MockitoBean
    RunHistory history;

    @MockitoBean
    Runs runs;

    @MockitoBean
    EventLog events;

    @MockitoBean
    RunLifecycle lifecycle;

    @MockitoBean
    HistoryExports exports;

    @MockitoBean
    LivePlans livePlans;

    @MockitoBean
    Applies applies;

    @MockitoBean
    Approvals approvals;

    @Test
    void theRequesterOfADraftMaySubmitOrCancelIt() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(run(42, "my-ECS-task-role")));

        mvc.perform(get("/runs/42").with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("//form[@id='submit-form']/@action").string("/runs/42/submit"))
                .andExpect(xpath("//form[@id='submit-form']/@method").string("post"))
                .andExpect(
                        xpath("//form[@id='submit-form']/input[@name='_csrf']").exists())
                .andExpect(xpath("//form[@id='submit-form']/button").string("Submit for approval"))
                .andExpect(xpath("//form[@id='cancel-form']/@action").string("/runs/42/cancel"))
                .andExpect(xpath("//form[@id='approve-form']").doesNotExist())
                .andExpect(xpath("//form[@id='reject-form']").doesNotExist());
    }

    @Test
    void anotherAdminSeesApproveLeadingToItsConfirmationAndRejectWithAReason() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(submitted("operator")));
        given(livePlans.latest(42)).willReturn(Optional.of(ApplyFixtures.livePlan()));

        mvc.perform(get("/runs/42").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(xpath("//form[@id='approve-form']/@action").string("/runs/42/approve"))
                .andExpect(xpath("//form[@id='approve-form']/@method").string("get"))
                .andExpect(xpath("//form[@id='reject-form']/textarea[@name='reason']/@maxlength")
                        .string("1000"))
                .andExpect(
                        xpath("//form[@id='reject-form']/input[@name='_csrf']").exists())
                .andExpect(xpath("//form[@id='submit-form']").doesNotExist())
                .andExpect(xpath("//form[@id='cancel-form']").doesNotExist())
                .andExpect(xpath("//*[@id='lifecycle-submitted']").string("by operator, 2026-11-22 15:37:41 UTC"));
    }

    @Test
    void everyoneElseSeesOnlyWhatTheyMayDo() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(submitted("operator")));
        given(runs.find(43)).willReturn(Optional.of(submitted("admin")));

        mvc.perform(get("/runs/42").with(OPERATOR))
                .andExpect(xpath("//div[@id='actions']/form").nodeCount(1))
                .andExpect(xpath("//form[@id='cancel-form']").exists());
        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(xpath("//div[@id='actions']").doesNotExist());
        mvc.perform(get("/runs/42").with(OPERATOR2))
                .andExpect(xpath("//div[@id='actions']").doesNotExist());
        // an admin's own request: cancel, never approve
        mvc.perform(get("/runs/43").with(ADMIN))
                .andExpect(xpath("//div[@id='actions']/form").nodeCount(1))
                .andExpect(xpath("//form[@id='cancel-form']").exists());
    }

    @Test
    void anApprovalRedirectsToTheRunWithASuccessMessage() throws Exception {
        mvc.perform(post("/runs/42/approve")
                        .param("planHash", "a1b2c3")
                        .with(ADMIN)
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/runs/42"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("success", "lifecycle.flash.approved", List.of("42"))));
        verify(approvals).approve(42, ActingUser.of("admin", "ADMIN"), "a1b2c3");
    }

    @Test
    void aRefusalRedirectsWithTheReasonNeverAnErrorPage() throws Exception {
        willThrow(new TransitionRefused(Refusal.REASON_REQUIRED, 42, RunStatus.SUBMITTED))
                .given(lifecycle)
                .reject(42, ActingUser.of("admin", "ADMIN"), "");

        mvc.perform(post("/runs/42/reject").with(ADMIN).with(csrf()))
                .andExpect(redirectedUrl("/runs/42"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage(
                                        "danger", "lifecycle.refused.REASON_REQUIRED", List.of("42", "SUBMITTED"))));
    }

    @Test
    void theRefusalIsShownAsAnErrorOnTheRunPage() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(submitted("operator")));
        var refusal =
                new FlashMessage("danger", "lifecycle.refused.STALE_PLAN", List.of("42", RunStatus.SUBMITTED.name()));

        mvc.perform(get("/runs/42").flashAttr(FlashMessage.ATTRIBUTE, refusal).with(ADMIN))
                .andExpect(
                        xpath("//*[@id='flash']/@class").string(org.hamcrest.Matchers.containsString("alert-danger")))
                .andExpect(xpath("//*[@id='flash']")
                        .string("The plan of run #42 is not the one you approved (the plan hash differs)."
                                + " Read it again, then approve."));
    }

    @Test
    void submitAndCancelRedirectWithTheirMessages() throws Exception {
        mvc.perform(post("/runs/42/submit").with(OPERATOR).with(csrf()))
                .andExpect(redirectedUrl("/runs/42"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("success", "lifecycle.flash.submitted", List.of("42"))));
        mvc.perform(post("/runs/42/cancel").with(OPERATOR).with(csrf()))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("success", "lifecycle.flash.cancelled", List.of("42"))));
        verify(lifecycle).submit(42, ActingUser.of("operator", "OPERATOR"));
        verify(lifecycle).cancel(42, ActingUser.of("operator", "OPERATOR"));
    }

    @Test
    void anUnknownRunIsTheNotFoundPage() throws Exception {
        willThrow(new UnknownRunException(99)).given(lifecycle).submit(99, ActingUser.of("operator", "OPERATOR"));

        mvc.perform(post("/runs/99/submit").with(OPERATOR).with(csrf()))
                .andExpect(status().isNotFound())
                .andExpect(xpath("//h1").string("Not found"));
    }

    @Test
    void withoutCsrfOrTheRoleNothingHappens() throws Exception {
        mvc.perform(post("/runs/42/submit").with(OPERATOR)).andExpect(status().isForbidden());
        mvc.perform(post("/runs/42/approve")
                        .param("planHash", "a1b2c3")
                        .with(OPERATOR)
                        .with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/runs/42/submit").with(REVIEWER).with(csrf())).andExpect(status().isForbidden());
        verifyNoInteractions(lifecycle, applies);
    }

    @Test
    void anApprovedOrRejectedRunSaysWhoDecided() throws Exception {
        Run submitted = submitted("operator");
        given(runs.find(42))
                .willReturn(Optional.of(submitted
                        .approve(ActingUser.of("admin", "ADMIN"), "a1b2c3", CREATED)
                        .run()));
        given(runs.find(43))
                .willReturn(Optional.of(submitted
                        .reject(ActingUser.of("admin", "ADMIN"), "Use the staging role.", CREATED)
                        .run()));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(xpath("normalize-space(//*[@id='lifecycle-approved']/span[1])")
                        .string("by admin, 2026-11-22 15:37:41 UTC"))
                .andExpect(xpath("//*[@id='lifecycle-approved']/code[@id='lifecycle-approved-hash']")
                        .string("a1b2c3"));
        mvc.perform(get("/runs/43").with(REVIEWER))
                .andExpect(xpath("//*[@id='rejection-reason']").string("Use the staging role."));
    }

    private static Run submitted(String requester) {
        Run draft = run(42, "my-ECS-task-role");
        Run own = new Run(
                draft.id(),
                draft.status(),
                draft.input(),
                draft.documents(),
                draft.findings(),
                draft.planHash(),
                requester,
                draft.createdAt());
        return own.submit(ActingUser.of(requester, "OPERATOR", "ADMIN"), CREATED)
                .run();
    }
}
