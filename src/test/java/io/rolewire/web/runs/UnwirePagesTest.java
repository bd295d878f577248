package io.rolewire.web.runs;

import static io.rolewire.web.runs.RunFixtures.run;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Lifecycle;
import io.rolewire.runs.Refusal;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.web.FlashMessage;
import java.util.List;
import java.util.Optional;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;

/** The run page's Un-wire button, what its POST answers, and how a wiring and its un-wire name each other. */
class UnwirePagesTest extends RunPageSliceTest {

    @Test
    void aVerifiedWiringOffersUnwireToOperatorsAndAdminsOnly() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(with(run(42, "my-ECS-task-role"), RunStatus.VERIFIED, null)));

        mvc.perform(get("/runs/42").with(user("operator").roles("OPERATOR")))
                .andExpect(status().isOk())
                .andExpect(xpath("//form[@id='unwire-form']/@action").string("/runs/42/unwire"))
                .andExpect(xpath("//form[@id='unwire-form']/@method").string("post"))
                .andExpect(
                        xpath("//form[@id='unwire-form']/input[@name='_csrf']").exists())
                .andExpect(xpath("//form[@id='unwire-form']/button").string("Un-wire"))
                .andExpect(xpath("//*[@id='export-as-code']").exists());
        mvc.perform(get("/runs/42").with(user("reviewer").roles("REVIEWER")))
                .andExpect(xpath("//form[@id='unwire-form']").doesNotExist());
    }

    @Test
    void aDraftAndAWiringAlreadyBeingUnwiredOfferNoUnwire() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(run(42, "my-ECS-task-role")));
        given(runs.find(43)).willReturn(Optional.of(with(run(43, "my-ECS-task-role"), RunStatus.VERIFIED, null)));
        given(runs.unwireOf(43)).willReturn(Optional.of(with(run(44, "my-ECS-task-role"), RunStatus.SUBMITTED, 43L)));

        mvc.perform(get("/runs/42").with(user("operator").roles("OPERATOR")))
                .andExpect(xpath("//form[@id='unwire-form']").doesNotExist());
        mvc.perform(get("/runs/43").with(user("operator").roles("OPERATOR")))
                .andExpect(xpath("//form[@id='unwire-form']").doesNotExist())
                .andExpect(xpath("//a[@id='unwire-link']/@href").string("/runs/44"))
                .andExpect(xpath("//*[@id='unwired-by']").string(Matchers.containsString("under way")));
    }

    @Test
    void anUnwireRunNamesTheWiringItRemoves() throws Exception {
        given(runs.find(44)).willReturn(Optional.of(with(run(44, "my-ECS-task-role"), RunStatus.SUBMITTED, 43L)));

        mvc.perform(get("/runs/44").with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(xpath("//a[@id='undoes-link']/@href").string("/runs/43"))
                .andExpect(xpath("//a[@id='undoes-link']").string("Run #43"))
                .andExpect(xpath("//*[@id='export-as-code']").doesNotExist());
    }

    @Test
    void unwireOpensTheNewRunWithAMessage() throws Exception {
        ActingUser operator = ActingUser.of("operator", "OPERATOR");
        given(unwires.start(42, operator)).willReturn(with(run(43, "my-ECS-task-role"), RunStatus.SUBMITTED, 42L));

        mvc.perform(post("/runs/42/unwire")
                        .with(user("operator").roles("OPERATOR"))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/runs/43"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("success", "lifecycle.flash.unwireStarted", List.of("43", "42"))));
    }

    @Test
    void aRefusedUnwireStaysOnTheRunWithTheReason() throws Exception {
        willThrow(new TransitionRefused(Refusal.NOT_UNWIRABLE, 42, RunStatus.DRAFT))
                .given(unwires)
                .start(42, ActingUser.of("operator", "OPERATOR"));

        mvc.perform(post("/runs/42/unwire")
                        .with(user("operator").roles("OPERATOR"))
                        .with(csrf()))
                .andExpect(redirectedUrl("/runs/42"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("danger", "lifecycle.refused.NOT_UNWIRABLE", List.of("42", "DRAFT"))));
    }

    @Test
    void unwireWithoutCsrfOrAsAReviewerIsForbidden() throws Exception {
        mvc.perform(post("/runs/42/unwire").with(user("operator").roles("OPERATOR")))
                .andExpect(status().isForbidden());
        mvc.perform(post("/runs/42/unwire")
                        .with(user("reviewer").roles("REVIEWER"))
                        .with(csrf()))
                .andExpect(status().isForbidden());
    }

    private static Run with(Run run, RunStatus status, Long undoes) {
        return new Run(
                run.id(),
                status,
                run.input(),
                run.documents(),
                run.findings(),
                run.planHash(),
                run.createdBy(),
                run.createdAt(),
                Lifecycle.NONE,
                0,
                undoes);
    }
}
