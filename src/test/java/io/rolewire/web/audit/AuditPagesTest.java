package io.rolewire.web.audit;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.audit.AuditEvent;
import io.rolewire.audit.ChainBreak;
import io.rolewire.audit.Checkpoints;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.Integrity;
import io.rolewire.audit.IntegrityReport;
import io.rolewire.audit.RunEventExports;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Run;
import io.rolewire.runs.Runs;
import io.rolewire.security.SecurityTestImports;
import io.rolewire.web.WebTestConfiguration;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(controllers = {IntegrityController.class, RunAuditController.class})
@Import({SecurityTestImports.class, WebTestConfiguration.class})
class AuditPagesTest {

    static final RequestPostProcessor REVIEWER = user("reviewer").roles("REVIEWER");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Integrity integrity;

    @MockitoBean
    EventLog eventLog;

    @MockitoBean
    RunEventExports exports;

    @MockitoBean
    Runs runs;

    @MockitoBean
    Checkpoints checkpoints;

    @Test
    void theIntegrityPageOffersTheCheckAndListsTheLatestExportsWithoutVerifying() throws Exception {
        given(eventLog.recentAuditEvents(IntegrityController.RECENT_EXPORTS))
                .willReturn(List.of(new AuditEvent(
                        12,
                        AuditEvent.EXPORTED,
                        "reviewer",
                        Instant.parse("2026-11-22T15:00:00Z"),
                        "{\"what\":\"history\"}")));

        mvc.perform(get("/audit/integrity").with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("//title").string("Integrity of the event log · Rolewire"))
                .andExpect(xpath("//a[@id='nav-integrity']/@aria-current").string("page"))
                .andExpect(xpath("//form[@action='/audit/integrity/check']//button[@id='verify-integrity']")
                        .string("Verify integrity"))
                .andExpect(xpath("//*[@id='integrity-report']").doesNotExist())
                .andExpect(xpath("//tr[@id='audit-event-12']/td[2]").string("reviewer"))
                .andExpect(xpath("//tr[@id='audit-event-12']/td[3]").string("{\"what\":\"history\"}"));
        verifyNoInteractions(integrity);
    }

    @Test
    void anIntactChainSaysHowManyEventsWereChecked() throws Exception {
        given(integrity.verifyChain()).willReturn(IntegrityReport.intact(1234));

        mvc.perform(get("/audit/integrity/check").with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='integrity-report']/@class").string(containsString("alert-success")))
                .andExpect(
                        xpath("normalize-space(//*[@id='integrity-report'])").string("Intact: 1,234 events checked."));
    }

    @Test
    void aBrokenChainNamesThePositionAndTheKind() throws Exception {
        given(integrity.verifyChain()).willReturn(IntegrityReport.broken(41, 42, ChainBreak.DELETED));

        mvc.perform(get("/audit/integrity/check").with(REVIEWER))
                .andExpect(xpath("//*[@id='integrity-report']/@class").string(containsString("alert-danger")))
                .andExpect(xpath("//*[@id='integrity-report']/@data-broken-at").string("42"))
                .andExpect(xpath("normalize-space(//*[@id='integrity-report'])")
                        .string("Broken at position 42: an event is missing. 41 events were checked before it."));
    }

    @Test
    void aRunsCheckLinksBackToTheRun() throws Exception {
        given(runs.find(7)).willReturn(Optional.of(mock(Run.class)));
        given(integrity.verifyRun(7)).willReturn(IntegrityReport.broken(2, 19, ChainBreak.EDITED));

        mvc.perform(get("/runs/7/verify").with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("//h1").string("Integrity of run #7"))
                .andExpect(xpath("//*[@id='integrity-report']").string(containsString("Broken at position 19")))
                .andExpect(xpath("//a[@id='back-to-run']/@href").string("/runs/7"));
    }

    @Test
    void anExportStreamsAsAnAttachmentForTheSignedInUser() throws Exception {
        given(runs.find(7)).willReturn(Optional.of(mock(Run.class)));
        given(exports.export(7, ExportFormat.CSV, new Actor("reviewer")))
                .willReturn(out -> out.write("position,run_id\n1,7\n".getBytes(StandardCharsets.UTF_8)));

        MvcResult started = mvc.perform(get("/runs/7/events.csv").with(REVIEWER))
                .andExpect(request().asyncStarted())
                .andReturn();
        mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "text/csv;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"run-7-events.csv\""))
                .andExpect(content().string("position,run_id\n1,7\n"));
        verify(exports).export(7, ExportFormat.CSV, new Actor("reviewer"));
    }

    @Test
    void aProofStreamsAsAJsonAttachmentForTheSignedInUser() throws Exception {
        given(runs.find(7)).willReturn(Optional.of(mock(Run.class)));
        given(exports.proof(7, new Actor("reviewer")))
                .willReturn(
                        out -> out.write("{\"format\":\"rolewire-run-proof/1\"}\n".getBytes(StandardCharsets.UTF_8)));

        MvcResult started = mvc.perform(get("/runs/7/proof.json").with(REVIEWER))
                .andExpect(request().asyncStarted())
                .andReturn();
        mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/json"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"run-7-proof.json\""))
                .andExpect(content().string("{\"format\":\"rolewire-run-proof/1\"}\n"));
        verify(exports).proof(7, new Actor("reviewer"));
    }

    @Test
    void anUnknownRunIsTheNotFoundPageAndNothingIsExportedOrRecorded() throws Exception {
        given(runs.find(99)).willReturn(Optional.empty());

        mvc.perform(get("/runs/99/events.jsonl").with(REVIEWER))
                .andExpect(status().isNotFound())
                .andExpect(xpath("//h1").string("Not found"));
        mvc.perform(get("/runs/99/verify").with(REVIEWER)).andExpect(status().isNotFound());
        mvc.perform(get("/runs/99/proof.json").with(REVIEWER)).andExpect(status().isNotFound());
        mvc.perform(get("/runs/abc/verify").with(REVIEWER)).andExpect(status().isNotFound());
        verifyNoInteractions(exports, integrity);
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/audit/integrity")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/runs/7/events.csv")).andExpect(redirectedUrl("/login"));
    }
}
