package io.rolewire.web.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.rolewire.audit.ExportRecorded;
import io.rolewire.export.internal.ExportConfiguration;
import io.rolewire.runs.Lifecycle;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.security.SecurityTestImports;
import io.rolewire.web.FlashMessage;
import io.rolewire.web.WebTestConfiguration;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The run page's "as code" downloads with the real export module over a mocked run store. */
@WebMvcTest(controllers = CodeExportController.class)
@Import({SecurityTestImports.class, WebTestConfiguration.class, ExportConfiguration.class})
@RecordApplicationEvents
class CodeExportPagesTest {

    static final RequestPostProcessor REVIEWER = user("reviewer").roles("REVIEWER");

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    @MockitoBean
    Runs runs;

    @Test
    void terraformIsAZipNamedAfterTheRunHoldingTheModulesAndTheExportIsRecordedFirst() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(storedRun(42, RunFixtures.seed003Input("my-ECS-task-role"))));

        MvcResult started = mvc.perform(get("/runs/42/export/terraform").with(REVIEWER))
                .andExpect(request().asyncStarted())
                .andReturn();
        assertThat(events.stream(ExportRecorded.class))
                .singleElement()
                .satisfies(e -> assertThat(e.actor()).isEqualTo("reviewer"))
                .satisfies(e -> assertThat(e.what()).isEqualTo("run-terraform"))
                .satisfies(e -> assertThat(e.runId()).isEqualTo(42L))
                .satisfies(e -> assertThat(e.format()).isEqualTo("zip"));
        byte[] zip = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"run-42-terraform.zip\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        Map<String, String> files = unzip(zip);
        assertThat(files.keySet())
                .containsExactly(
                        "run-42-terraform/main.tf",
                        "run-42-terraform/modules/source/main.tf",
                        "run-42-terraform/modules/destination/main.tf");
        assertThat(files.get("run-42-terraform/modules/destination/main.tf"))
                .contains("resource \"aws_iam_role\" \"destination\"", "arn:aws:iam::aws:policy/ReadOnlyAccess");
    }

    @Test
    void cloudFormationForAnExistingDestinationRoleHasNoDestinationStackAndSaysWhy() throws Exception {
        WiringInput seed = RunFixtures.seed003Input("my-ECS-task-role");
        WiringInput existing = new WiringInput(
                seed.workload(),
                seed.region(),
                seed.source(),
                new DestinationRole("555566667777", "destination-account-role", false, List.of()),
                seed.ecs(),
                null);
        given(runs.find(7)).willReturn(Optional.of(storedRun(7, existing)));

        MvcResult started = mvc.perform(get("/runs/7/export/cloudformation").with(REVIEWER))
                .andExpect(request().asyncStarted())
                .andReturn();
        byte[] zip = mvc.perform(asyncDispatch(started))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"run-7-cloudformation.zip\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        Map<String, String> files = unzip(zip);
        assertThat(files.keySet())
                .containsExactly("run-7-cloudformation/README.md", "run-7-cloudformation/source.template.json");
        assertThat(files.get("run-7-cloudformation/README.md"))
                .contains("CloudFormation cannot merge a statement into the trust policy of an existing role");
    }

    @Test
    void anUnknownRunIsTheNotFoundPageAndNothingIsRecorded() throws Exception {
        given(runs.find(99)).willReturn(Optional.empty());

        mvc.perform(get("/runs/99/export/terraform").with(REVIEWER)).andExpect(status().isNotFound());
        mvc.perform(get("/runs/42/export/pulumi").with(REVIEWER)).andExpect(status().isNotFound());
        assertThat(events.stream(ExportRecorded.class)).isEmpty();
    }

    @Test
    void aCrossSiteRequestIsRefusedBeforeAnythingIsRecorded() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(storedRun(42, RunFixtures.seed003Input("my-ECS-task-role"))));

        mvc.perform(get("/runs/42/export/terraform").with(REVIEWER).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/runs/42/export/cloudformation").with(REVIEWER).header("Sec-Fetch-Site", "cross-site"))
                .andExpect(status().isForbidden());
        assertThat(events.stream(ExportRecorded.class)).isEmpty();
        mvc.perform(get("/runs/42/export/terraform").with(REVIEWER).header("Sec-Fetch-Site", "same-origin"))
                .andExpect(request().asyncStarted());
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/runs/42/export/terraform")).andExpect(redirectedUrl("/login"));
        assertThat(events.stream(ExportRecorded.class)).isEmpty();
    }

    /** A run as stored: the documents of a real preview of its input. */
    @Test
    void anUnwireIsNotExportedAndTheRunSaysWhyWithoutARecord() throws Exception {
        Run wiring = storedRun(43, RunFixtures.seed003Input("my-ECS-task-role"));
        Run unwire = new Run(
                44,
                RunStatus.SUBMITTED,
                wiring.input(),
                wiring.documents(),
                wiring.findings(),
                wiring.planHash(),
                "operator",
                RunFixtures.CREATED,
                Lifecycle.NONE,
                0,
                43L);
        given(runs.find(44)).willReturn(Optional.of(unwire));

        mvc.perform(get("/runs/44/export/terraform").with(REVIEWER))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/runs/44"))
                .andExpect(flash().attribute(
                                FlashMessage.ATTRIBUTE,
                                new FlashMessage(
                                        "danger", "lifecycle.refused.NOT_EXPORTABLE", List.of("44", "SUBMITTED"))));
        assertThat(events.stream(ExportRecorded.class)).isEmpty();
    }

    static Run storedRun(long id, WiringInput input) {
        Preview preview = new Wiring().preview(input);
        return new Run(
                id,
                RunStatus.DRAFT,
                input,
                preview.documents(),
                preview.findings(),
                preview.planHash(),
                "operator",
                RunFixtures.CREATED);
    }

    static Map<String, String> unzip(byte[] zip) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
