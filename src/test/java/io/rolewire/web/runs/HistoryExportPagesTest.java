package io.rolewire.web.runs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.apply.Applies;
import io.rolewire.apply.LivePlans;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.HistoryExports;
import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryOrder;
import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunHistory;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.security.SecurityTestImports;
import io.rolewire.web.WebTestConfiguration;
import io.rolewire.wiring.Workload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The history form's new filters, its export links, and the browser export itself. */
@WebMvcTest(controllers = RunsController.class)
@Import({SecurityTestImports.class, WebTestConfiguration.class})
class HistoryExportPagesTest {

    static final HistoryFilter EVERY_FILTER = new HistoryFilter(
            "111122223333",
            "reader",
            RunStatus.APPLIED,
            "operator",
            "444455556666",
            "777788889999",
            Workload.EC2_INSTANCE,
            LocalDate.parse("2026-01-01"),
            LocalDate.parse("2026-01-31"),
            "pay",
            HistoryOrder.OLDEST_FIRST);

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RunHistory history;

    @MockitoBean
    HistoryExports exports;

    @MockitoBean
    Runs runs;

    @MockitoBean
    EventLog events;

    @MockitoBean
    LivePlans livePlans;

    @MockitoBean
    Applies applies;

    @Test
    void everyFilterReachesTheSearchAndTheExportLinksKeepThem() throws Exception {
        given(history.search(any(), any(), anyInt())).willReturn(new HistoryPage(List.of(), null));

        mvc.perform(get("/runs" + everyParameter()).with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(
                        xpath("//a[@id='export-csv']/@href").string("/runs/export" + everyParameter() + "&format=csv"))
                .andExpect(xpath("//a[@id='export-jsonl']/@href")
                        .string("/runs/export" + everyParameter() + "&format=jsonl"));
        verify(history).search(EVERY_FILTER, null, HistoryQuery.PAGE_SIZE);
    }

    @Test
    void badDatesAndWorkloadsAreShownWithNoRowsAndNoExport() throws Exception {

        mvc.perform(get("/runs?createdFrom=2026-02-30&createdTo=yesterday&workload=LAMBDA&text=pay")
                        .with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(
                        xpath("normalize-space(//*[@id='createdFrom-error'])").string("Enter a date as YYYY-MM-DD."))
                .andExpect(xpath("normalize-space(//*[@id='createdTo-error'])").string("Enter a date as YYYY-MM-DD."))
                .andExpect(
                        xpath("normalize-space(//*[@id='workload-error'])").string("Choose a workload from the list."))
                .andExpect(xpath("//input[@id='createdTo']/@value").string("yesterday"))
                .andExpect(xpath("//table").doesNotExist())
                .andExpect(xpath("//a[@id='export-csv']").doesNotExist());
        verify(history, never()).search(any(), any(), anyInt());
    }

    @Test
    void anExportWithABadFilterIsABadRequestAndExportsNothing() throws Exception {
        mvc.perform(get("/runs/export?createdFrom=2026-02-30&format=csv")
                        .with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isBadRequest());
        verify(exports, never()).export(any(), any(), any());
    }

    @Test
    void theExportStreamsTheBodyAsAnAttachmentWithTheFilters() throws Exception {
        given(exports.export(any(), eq(ExportFormat.JSONL), eq("reviewer")))
                .willReturn(out -> out.write("{\"id\":1}\n".getBytes(StandardCharsets.UTF_8)));

        MvcResult started = mvc.perform(get("/runs/export" + everyParameter() + "&format=jsonl")
                        .with(user("reviewer").roles("REVIEWER")))
                .andReturn();
        var response = mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/x-ndjson;charset=UTF-8"))
                .andExpect(
                        header().string(
                                        "Content-Disposition",
                                        org.hamcrest.Matchers.matchesPattern(
                                                "attachment; filename=\"rolewire-history_account-111122223333"
                                                        + "_role-reader_status-APPLIED_.*_text-pay_order-oldest_\\d{8}T\\d{6}Z\\.jsonl\"")))
                .andReturn()
                .getResponse();

        assertThat(response.getContentAsString()).isEqualTo("{\"id\":1}\n");
        verify(exports).export(EVERY_FILTER, ExportFormat.JSONL, "reviewer");
    }

    @Test
    void anExportStartedFromAnotherSiteIsRefusedAndNotRecorded() throws Exception {
        mvc.perform(get("/runs/export?format=csv")
                        .header("Sec-Fetch-Site", "cross-site")
                        .with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/runs/7/events.jsonl")
                        .header("Sec-Fetch-Site", "cross-site")
                        .with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isForbidden());
        verifyNoInteractions(exports);
    }

    @Test
    void anExportFromThisSiteOrATypedUrlIsServed() throws Exception {
        given(exports.export(any(), eq(ExportFormat.CSV), eq("reviewer"))).willReturn(out -> out.write(new byte[0]));

        for (String site : List.of("same-origin", "none")) {
            mvc.perform(get("/runs/export?format=csv")
                            .header("Sec-Fetch-Site", site)
                            .with(user("reviewer").roles("REVIEWER")))
                    .andExpect(status().isOk());
        }
    }

    @Test
    void anUnknownFormatIsABadRequestAndExportsNothing() throws Exception {
        mvc.perform(get("/runs/export?format=xlsx").with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isBadRequest());
        verifyNoInteractions(exports);
    }

    private static String everyParameter() {
        return "?accountId=111122223333&roleName=reader&status=APPLIED&createdBy=operator"
                + "&sourceAccountId=444455556666&destinationAccountId=777788889999&workload=EC2_INSTANCE"
                + "&createdFrom=2026-01-01&createdTo=2026-01-31&text=pay&sort=oldest";
    }
}
