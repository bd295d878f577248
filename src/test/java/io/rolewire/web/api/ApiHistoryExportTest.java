package io.rolewire.web.api;

import static io.rolewire.web.api.ApiRequests.getAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.HistoryExports;
import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryOrder;
import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunHistory;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.Workload;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/** The API's new history filters, their validation, and the two export URLs. */
@ApiSliceTest
class ApiHistoryExportTest {

    static final String EVERY = "accountId=111122223333&roleName=reader&status=APPLIED&createdBy=operator"
            + "&sourceAccountId=444455556666&destinationAccountId=777788889999&workload=EC2_INSTANCE"
            + "&createdFrom=2026-01-01&createdTo=2026-01-31&text=pay&sort=oldest";
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
    Runs runs;

    @MockitoBean
    EventLog eventLog;

    @MockitoBean
    RunHistory history;

    @MockitoBean
    HistoryExports exports;

    @Test
    void everyFilterReachesTheSearch() throws Exception {
        given(history.search(any(), any(), anyInt())).willReturn(new HistoryPage(List.of(), null));

        mvc.perform(getAs("/api/v1/runs?" + EVERY + "&size=5", "reviewer")).andExpect(status().isOk());

        verify(history).search(EVERY_FILTER, null, 5);
    }

    @Test
    void badDatesSortAndAccountsAreFieldErrors() throws Exception {
        mvc.perform(getAs(
                        "/api/v1/runs?createdFrom=2026-02-30&createdTo=soon&sort=random&sourceAccountId=12",
                        "reviewer"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("createdFrom", "createdTo")))
                .andExpect(jsonPath("$.errors[0].message").value("Has the wrong type."));
        mvc.perform(getAs("/api/v1/runs?sort=random&sourceAccountId=12", "reviewer"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", containsInAnyOrder("sort", "sourceAccountId")));
        verifyNoInteractions(history);
    }

    @Test
    void csvAndJsonLinesStreamWithTheFilters() throws Exception {
        given(exports.export(any(), any(), eq("reviewer")))
                .willReturn(out -> out.write("id\r\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(download("/api/v1/runs/export.csv?" + EVERY)).isEqualTo("id\r\n");
        assertThat(download("/api/v1/runs/export.jsonl?" + EVERY)).isEqualTo("id\r\n");

        verify(exports).export(EVERY_FILTER, ExportFormat.CSV, "reviewer");
        verify(exports).export(EVERY_FILTER, ExportFormat.JSONL, "reviewer");
    }

    @Test
    void anExportWithABadFilterIsRefusedBeforeAnythingIsRecorded() throws Exception {
        mvc.perform(getAs("/api/v1/runs/export.csv?createdTo=tomorrow", "reviewer"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("createdTo"));
        verifyNoInteractions(exports);
    }

    private String download(String url) throws Exception {
        MvcResult started = mvc.perform(getAs(url, "reviewer")).andReturn();
        return mvc.perform(asyncDispatch(started))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }
}
