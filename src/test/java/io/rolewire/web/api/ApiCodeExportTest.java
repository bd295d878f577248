package io.rolewire.web.api;

import static io.rolewire.web.api.ApiBodyErrorsTest.onlyError;
import static io.rolewire.web.api.ApiRequests.getAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.rolewire.export.CodeExport;
import io.rolewire.export.CodeFormat;
import io.rolewire.export.ExportFile;
import io.rolewire.export.RunCodeExports;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Refusal;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.runs.UnknownRunException;
import io.rolewire.security.ApiSecurityTestImports;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The API twin of the run page's "as code" downloads: the same zip, by run id and format. */
@WebMvcTest(controllers = ApiCodeExportController.class)
@Import(ApiSecurityTestImports.class)
class ApiCodeExportTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RunCodeExports exports;

    @Test
    void eachFormatIsAZipOfItsFilesNamedAfterTheRun() throws Exception {
        given(exports.export(7, CodeFormat.CLOUDFORMATION, new Actor("reviewer")))
                .willReturn(new CodeExport(
                        7,
                        CodeFormat.CLOUDFORMATION,
                        List.of(
                                new ExportFile("README.md", "# run 7\n"),
                                new ExportFile("source.template.json", "{}"))));

        MvcResult started = mvc.perform(getAs("/api/v1/runs/7/export/cloudformation", "reviewer"))
                .andExpect(request().asyncStarted())
                .andReturn();
        byte[] zip = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"run-7-cloudformation.zip\""))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();

        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry readme = in.getNextEntry();
            assertThat(readme.getName()).isEqualTo("run-7-cloudformation/README.md");
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("# run 7\n");
            assertThat(in.getNextEntry().getName()).isEqualTo("run-7-cloudformation/source.template.json");
            assertThat(in.getNextEntry()).isNull();
        }
        verify(exports).export(7, CodeFormat.CLOUDFORMATION, new Actor("reviewer"));
    }

    @Test
    void anUnknownRunIs404InTheErrorShape() throws Exception {
        given(exports.export(42, CodeFormat.TERRAFORM, new Actor("operator"))).willThrow(new UnknownRunException(42));

        mvc.perform(getAs("/api/v1/runs/42/export/terraform", "operator"))
                .andExpect(status().isNotFound())
                .andExpect(onlyError(null, "Run 42 not found."));
    }

    @Test
    void anUnwireIs409WithTheReason() throws Exception {
        given(exports.export(44, CodeFormat.TERRAFORM, new Actor("operator")))
                .willThrow(new TransitionRefused(Refusal.NOT_EXPORTABLE, 44, RunStatus.SUBMITTED));

        mvc.perform(getAs("/api/v1/runs/44/export/terraform", "operator"))
                .andExpect(status().isConflict())
                .andExpect(onlyError(
                        null,
                        "Run #44 is an un-wire: its documents are what it removes, and as code they would create"
                                + " the wiring again. Remove the code of the wiring from your pipeline instead."));
    }

    @Test
    void aBadIdIs400AndAnUnknownFormatIs404AndNeitherExports() throws Exception {
        mvc.perform(getAs("/api/v1/runs/abc/export/terraform", "reviewer"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("id", "Must be a whole number (no quotes, no fraction)."));
        mvc.perform(getAs("/api/v1/runs/7/export/pulumi", "reviewer")).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/runs/7/export/terraform")).andExpect(status().isUnauthorized());
        verifyNoInteractions(exports);
    }
}
