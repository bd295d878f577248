package io.rolewire.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.runs.Actor;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.web.FlashMessage;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Wizard drafts as the home page finds them: saving one as a run closes it (and saving it again
 * leads to that run, never a second one), deleting is for its owner only, and any stored run can be
 * copied into a new draft.
 */
class WizardDraftsTest extends WizardSliceTest {

    @Autowired
    Wiring wiring;

    @Test
    void savingADraftAsARunClosesIt() throws Exception {
        UUID id = draftOf(WizardStates.seed003());
        Preview preview = givenTheRunSavedWillBe(42);
        assertThat(store.open(OPERATOR_ACTOR, 10)).extracting(OpenDraft::id).containsExactly(id);

        save(id, preview).andExpect(redirectedUrl("/runs/42"));

        assertThat(store.open(OPERATOR_ACTOR, 10)).isEmpty();
        assertThat(store.savedRun(id, OPERATOR_ACTOR)).contains(42L);
    }

    @Test
    void savingTheSameDraftAgainLeadsToTheRunAlreadySavedNotASecondOne() throws Exception {
        UUID id = draftOf(WizardStates.seed003());
        Preview preview = givenTheRunSavedWillBe(42);
        save(id, preview).andExpect(redirectedUrl("/runs/42"));

        // Back from the run page to the preview, then Save again
        save(id, preview)
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/runs/42"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("warning", "wizard.flash.alreadySaved", List.of("42"))));

        verify(runs, times(1)).createDraft(any(), any(), any());
    }

    @Test
    void theOwnerDeletesADraftAndLandsHome() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        mvc.perform(post("/wizard/{id}/delete", id).with(csrf()).with(OPERATOR))
                .andExpect(redirectedUrl("/"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("success", "wizard.flash.deleted", List.of())));

        assertThat(drafts.load(id, OPERATOR_ACTOR)).isEmpty();
        mvc.perform(get("/wizard/{id}/workload", id).with(OPERATOR)).andExpect(status().isNotFound());
    }

    @Test
    void someoneElsesDraftCannotBeDeletedItLooksMissing() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        mvc.perform(post("/wizard/{id}/delete", id).with(csrf()).with(OPERATOR2))
                .andExpect(status().isNotFound());
        mvc.perform(post("/wizard/{id}/delete", id).with(csrf()).with(REVIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/wizard/{id}/delete", id).with(OPERATOR)).andExpect(status().isForbidden());

        assertThat(drafts.load(id, OPERATOR_ACTOR)).isPresent();
    }

    @Test
    void aRejectedRunIsCopiedIntoANewDraftOfTheCopierWithTheSameInputs() throws Exception {
        WiringInput input = WizardStates.ec2Instance().toInput();
        given(runs.find(7)).willReturn(Optional.of(run(7, RunStatus.REJECTED, input, "operator")));

        String location = mvc.perform(post("/wizard/from-run/7").with(csrf()).with(OPERATOR2))
                .andExpect(status().isFound())
                .andExpect(redirectedUrlPattern("/wizard/*/workload"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("success", "wizard.flash.copied", List.of("7"))))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        UUID copy = UUID.fromString(location.split("/")[2]);
        WizardState copied = store.load(copy, new Actor("operator2"));
        assertThat(copied.toInput()).isEqualTo(input);
        assertThat(copied.workload()).isEqualTo(new WorkloadForm("EC2_INSTANCE", "us-east-1"));
        assertThat(copied.source()).isEqualTo(new SourceForm("111122223333", "AssumeRoleInA", "true"));
        assertThat(copied.destination())
                .isEqualTo(new DestinationForm(
                        "555566667777", "RoleForB", "true", "arn:aws:iam::aws:policy/ReadOnlyAccess", ""));
        assertThat(copied.ec2()).isEqualTo(new Ec2Form("AssumeRoleInA"));
        assertThat(drafts.load(copy, OPERATOR_ACTOR))
                .as("the copy is the copier's")
                .isEmpty();
        mvc.perform(get(location).with(OPERATOR2))
                .andExpect(status().isOk())
                .andExpect(
                        xpath("//select[@id='region']/option[@selected]/@value").string("us-east-1"))
                .andExpect(xpath("//input[@name='workload'][@checked]/@value").string("EC2_INSTANCE"));
    }

    @Test
    void anEcsRunCopiesEveryDetailBack() throws Exception {
        WiringInput input = WizardStates.seed003().toInput();
        given(runs.find(8)).willReturn(Optional.of(run(8, RunStatus.VERIFICATION_FAILED, input, "admin")));

        String location = mvc.perform(post("/wizard/from-run/8").with(csrf()).with(OPERATOR))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();

        WizardState copied = store.load(UUID.fromString(location.split("/")[2]), OPERATOR_ACTOR);
        assertThat(copied.toInput()).isEqualTo(input);
    }

    @Test
    void copyingIsForCreatorsWithACsrfTokenAndAMissingRunIsNotFound() throws Exception {
        mvc.perform(post("/wizard/from-run/7").with(csrf()).with(REVIEWER)).andExpect(status().isForbidden());
        mvc.perform(post("/wizard/from-run/7").with(OPERATOR)).andExpect(status().isForbidden());
        verifyNoInteractions(runs);

        given(runs.find(99)).willReturn(Optional.empty());
        mvc.perform(post("/wizard/from-run/99").with(csrf()).with(OPERATOR)).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions save(UUID id, Preview preview) throws Exception {
        return mvc.perform(post("/wizard/{id}/preview", id)
                .param("planHash", preview.planHash())
                .with(csrf())
                .with(OPERATOR));
    }

    private Preview givenTheRunSavedWillBe(long runId) {
        WiringInput input = WizardStates.seed003().toInput();
        Preview preview = wiring.preview(input);
        given(runs.createDraft(eq(input), any(), eq(OPERATOR_ACTOR)))
                .willReturn(run(runId, RunStatus.DRAFT, input, "operator"));
        return preview;
    }

    private Run run(long id, RunStatus status, WiringInput input, String createdBy) {
        Preview preview = wiring.preview(input);
        return new Run(
                id,
                status,
                input,
                preview.documents(),
                preview.findings(),
                preview.planHash(),
                createdBy,
                Instant.parse("2026-12-01T10:00:00Z"));
    }
}
