package io.rolewire.web.wizard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.apply.AccountReach;
import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlannedResource;
import io.rolewire.apply.Side;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.web.FlashMessage;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.Wiring;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The last step: documents, findings, downloads, and saving a DRAFT run; nothing invalid gets here. */
class WizardPreviewTest extends WizardSliceTest {

    @Autowired
    Wiring wiring;

    @Test
    void everyDocumentIsShownInItsOwnPreWithCopyAndDownload() throws Exception {
        UUID id = draftOf(WizardStates.seed003());
        String planHash = wiring.preview(WizardStates.seed003().toInput()).planHash();

        mvc.perform(get("/wizard/{id}/preview", id).with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("//title").string("Preview · Rolewire"))
                .andExpect(xpath("//pre[@id='doc-sourcePermissionPolicy']")
                        .string(containsString("arn:aws:iam::555566667777:role/destination-account-role")))
                .andExpect(xpath("//pre[@id='doc-destinationTrustPolicy']")
                        .string(containsString("arn:aws:iam::111122223333:role/my-ECS-task-role")))
                .andExpect(xpath("//pre[@id='doc-taskDefinition']")
                        .string(containsString("verify-assume-cross-account-role")))
                .andExpect(xpath("//button[@data-copy-target='doc-taskDefinition']")
                        .exists())
                .andExpect(xpath("//button[@data-copy-target='doc-taskDefinition']/@hidden")
                        .exists())
                .andExpect(xpath("//a[@id='download-taskDefinition']/@href")
                        .string("/wizard/" + id + "/documents/taskDefinition"))
                .andExpect(xpath("//*[@id='plan-hash']/code").string(planHash))
                .andExpect(xpath("//form[@id='save-form']/input[@name='planHash']/@value")
                        .string(planHash))
                .andExpect(
                        xpath("//form[@id='save-form']//input[@name='_csrf']").exists())
                .andExpect(xpath("//form[@id='save-form']//button").string("Save as draft"))
                .andExpect(xpath("//section[@id='findings']").exists())
                .andExpect(xpath("//dl[@id='inputs']").string(containsString("my-ECS-task-role")))
                .andExpect(xpath("//a[@id='back']/@href").string("/wizard/" + id + "/details"));
    }

    @Test
    void theLivePlanIsReadOnlyWhenAskedForAndShownEscaped() throws Exception {
        UUID id = draftOf(WizardStates.seed003());
        mvc.perform(get("/wizard/{id}/preview", id).with(OPERATOR))
                .andExpect(xpath("//a[@id='live-plan-read-link']/@href").string("/wizard/" + id + "/preview?live=true"))
                .andExpect(xpath("//table[@id='live-plan-resources']").doesNotExist());
        verifyNoInteractions(livePlans);
        LivePlan plan = new LivePlan(
                0,
                "f".repeat(64),
                Instant.parse("2026-11-22T12:00:00Z"),
                true,
                List.of(new AccountReach(Side.SOURCE, "111122223333", true, "arn:aws:sts::111122223333:x", null)),
                List.of(new PlannedResource(
                        "source.role",
                        Side.SOURCE,
                        "111122223333",
                        "IAM role",
                        "my-ECS-task-role",
                        Change.CREATE,
                        null,
                        null,
                        "{}",
                        null,
                        "<script>alert(1)</script>")),
                List.of());
        given(livePlans.preview(eq(WizardStates.seed003().toInput()), any(), any()))
                .willReturn(plan);

        String html = mvc.perform(
                        get("/wizard/{id}/preview", id).param("live", "true").with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("//tr[@id='resource-source.role']").string(containsString("my-ECS-task-role")))
                .andExpect(xpath("//*[@id='live-plan-hash']/code").string("f".repeat(64)))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(html).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }

    @Test
    void findingsAreGroupedBySeverityWithTheirCodes() throws Exception {
        // destination trust for an EC2 instance created by Rolewire: the core reports what it finds
        UUID id = draftOf(WizardStates.ec2Instance());
        Preview preview = wiring.preview(WizardStates.ec2Instance().toInput());

        var result = mvc.perform(get("/wizard/{id}/preview", id).with(OPERATOR)).andExpect(status().isOk());
        for (var finding : preview.findings()) {
            result.andExpect(
                    xpath("//*[@id='findings-" + finding.severity() + "']").string(containsString(finding.code())));
        }
        if (preview.findings().isEmpty()) {
            result.andExpect(xpath("//*[@id='findings-none']").string("No findings."));
        }
    }

    @Test
    void anInvalidDraftNeverReachesThePreviewButItsFirstBadStepWithErrors() throws Exception {
        WizardState typedThenBack = WizardStates.seed003()
                .withDestination(new DestinationForm("5555666677778888", "destination-account-role", "false", "", ""));
        UUID id = draftOf(typedThenBack);

        mvc.perform(get("/wizard/{id}/preview", id).with(OPERATOR))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/wizard/" + id + "/destination?check"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("warning", "wizard.flash.fixFirst", List.of())));

        mvc.perform(get("/wizard/{id}/destination", id).param("check", "").with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("normalize-space(//*[@id='accountId-error'])")
                        .string("An AWS account ID is exactly 12 digits; '5555666677778888' has 16."))
                .andExpect(xpath("//*[@id='error-summary']").exists());
    }

    @Test
    void anInvalidDraftCannotBeSavedOrDownloaded() throws Exception {
        UUID id = draftOf(WizardStates.seed003().withSource(new SourceForm("", "", "false")));

        mvc.perform(post("/wizard/{id}/preview", id)
                        .param("planHash", "x")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(redirectedUrl("/wizard/" + id + "/source?check"));
        mvc.perform(get("/wizard/{id}/documents/taskDefinition", id).with(OPERATOR))
                .andExpect(status().isNotFound());
        verify(runs, never()).createDraft(any(), any(), any());
    }

    @Test
    void savingCreatesADraftRunAndRedirectsToItWithAFlash() throws Exception {
        UUID id = draftOf(WizardStates.seed003());
        Preview preview = wiring.preview(WizardStates.seed003().toInput());
        given(runs.createDraft(eq(WizardStates.seed003().toInput()), any(), eq(OPERATOR_ACTOR)))
                .willReturn(new Run(
                        42,
                        RunStatus.DRAFT,
                        WizardStates.seed003().toInput(),
                        preview.documents(),
                        preview.findings(),
                        preview.planHash(),
                        "operator",
                        Instant.now()));

        mvc.perform(post("/wizard/{id}/preview", id)
                        .param("planHash", preview.planHash())
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/runs/42"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("success", "runs.flash.saved", List.of("42"))));

        verify(runs).createDraft(eq(WizardStates.seed003().toInput()), eq(preview), eq(OPERATOR_ACTOR));
    }

    @Test
    void aPreviewThatChangedSinceItWasShownIsShownAgainNotSaved() throws Exception {
        UUID id = draftOf(WizardStates.seed003());

        mvc.perform(post("/wizard/{id}/preview", id)
                        .param("planHash", "hash-of-an-older-preview")
                        .with(csrf())
                        .with(OPERATOR))
                .andExpect(redirectedUrl("/wizard/" + id + "/preview"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage("warning", "wizard.flash.changed", List.of())));

        verify(runs, never()).createDraft(any(), any(), any());
    }

    @Test
    void documentsDownloadAsAttachmentsNamedAfterTheirKey() throws Exception {
        UUID id = draftOf(WizardStates.seed003());
        Preview preview = wiring.preview(WizardStates.seed003().toInput());

        mvc.perform(get("/wizard/{id}/documents/sourcePermissionPolicy", id).with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/json;charset=UTF-8"))
                .andExpect(
                        header().string("Content-Disposition", "attachment; filename=\"sourcePermissionPolicy.json\""))
                .andExpect(content()
                        .string(preview.document("sourcePermissionPolicy")
                                .orElseThrow()
                                .content()));
        for (var document : preview.documents()) {
            mvc.perform(get("/wizard/{id}/documents/{key}", id, document.key()).with(OPERATOR))
                    .andExpect(header().string("Content-Type", document.format().mediaType() + ";charset=UTF-8"))
                    .andExpect(header().string(
                                    "Content-Disposition", "attachment; filename=\"" + document.fileName() + "\""));
        }
        mvc.perform(get("/wizard/{id}/documents/noSuchDocument", id).with(OPERATOR))
                .andExpect(status().isNotFound());
        assertThat(preview.documents()).extracting(d -> d.key()).contains("cliProfile");
    }
}
