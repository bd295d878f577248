package io.rolewire.web.api;

import static io.rolewire.web.api.ApiBodyErrorsTest.onlyError;
import static io.rolewire.web.api.ApiRequests.getAs;
import static org.hamcrest.Matchers.aMapWithSize;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.rolewire.audit.ChainBreak;
import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.Integrity;
import io.rolewire.audit.IntegrityReport;
import io.rolewire.audit.RunEventExports;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Run;
import io.rolewire.runs.Runs;
import io.rolewire.security.ApiSecurityTestImports;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@WebMvcTest(controllers = ApiAuditController.class)
@Import(ApiSecurityTestImports.class)
class ApiAuditTest {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Integrity integrity;

    @MockitoBean
    RunEventExports exports;

    @MockitoBean
    Runs runs;

    @Test
    void anIntactChainIsOkWithTheCountAndNothingElse() throws Exception {
        given(integrity.verifyChain()).willReturn(IntegrityReport.intact(57));

        mvc.perform(getAs("/api/v1/audit/verify", "reviewer"))
                .andExpect(status().isOk())
                .andExpect(content().json("{\"ok\": true, \"checked\": 57}", true))
                .andExpect(jsonPath("$", aMapWithSize(2)));
    }

    @Test
    void aBrokenChainGivesThePositionAndTheReason() throws Exception {
        given(integrity.verifyChain()).willReturn(IntegrityReport.broken(9, 10, ChainBreak.REORDERED));

        mvc.perform(getAs("/api/v1/audit/verify", "reviewer"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .json("{\"ok\": false, \"checked\": 9, \"brokenAt\": 10, \"reason\": \"reordered\"}", true));
    }

    @Test
    void aRunIsVerifiedOnItsOwn() throws Exception {
        given(runs.find(7)).willReturn(Optional.of(mock(Run.class)));
        given(integrity.verifyRun(7)).willReturn(IntegrityReport.broken(1, 30, ChainBreak.DELETED));

        mvc.perform(getAs("/api/v1/runs/7/verify", "operator"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .json("{\"ok\": false, \"checked\": 1, \"brokenAt\": 30, \"reason\": \"deleted\"}", true));
    }

    @Test
    void jsonLinesStreamAsAnAttachmentForTheCaller() throws Exception {
        given(runs.find(7)).willReturn(Optional.of(mock(Run.class)));
        given(exports.export(7, ExportFormat.JSONL, new Actor("reviewer")))
                .willReturn(out -> out.write("{\"position\":1}\n".getBytes(StandardCharsets.UTF_8)));

        MvcResult started = mvc.perform(getAs("/api/v1/runs/7/events.jsonl", "reviewer"))
                .andExpect(request().asyncStarted())
                .andReturn();
        mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/x-ndjson;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"run-7-events.jsonl\""))
                .andExpect(content().string("{\"position\":1}\n"));
    }

    @Test
    void aProofStreamsAsAJsonAttachmentForTheCaller() throws Exception {
        given(runs.find(7)).willReturn(Optional.of(mock(Run.class)));
        given(exports.proof(7, new Actor("reviewer")))
                .willReturn(out -> out.write("{}\n".getBytes(StandardCharsets.UTF_8)));

        MvcResult started = mvc.perform(getAs("/api/v1/runs/7/proof", "reviewer"))
                .andExpect(request().asyncStarted())
                .andReturn();
        mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/json"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"run-7-proof.json\""))
                .andExpect(content().string("{}\n"));
    }

    @Test
    void anUnknownRunIs404InTheErrorShapeAndNothingIsExported() throws Exception {
        given(runs.find(42)).willReturn(Optional.empty());

        mvc.perform(getAs("/api/v1/runs/42/events.csv", "reviewer"))
                .andExpect(status().isNotFound())
                .andExpect(onlyError(null, "Run 42 not found."));
        mvc.perform(getAs("/api/v1/runs/42/verify", "reviewer")).andExpect(status().isNotFound());
        mvc.perform(getAs("/api/v1/runs/42/proof", "reviewer")).andExpect(status().isNotFound());
        mvc.perform(getAs("/api/v1/runs/abc/verify", "reviewer"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("id", "Must be a whole number (no quotes, no fraction)."));
        verifyNoInteractions(exports, integrity);
    }
}
