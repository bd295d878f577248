package io.rolewire.web.api;

import static io.rolewire.web.api.ApiBodyErrorsTest.noInternals;
import static io.rolewire.web.api.ApiRequests.postJson;
import static io.rolewire.web.api.ApiRequests.seedWith;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.HistoryExports;
import io.rolewire.audit.RunEvent;
import io.rolewire.audit.RunHistory;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.WiringInput;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** {@code accessUntil} in the API: an ISO 8601 instant; malformed or past is a 400 on that field. */
@ApiSliceTest
class ApiAccessUntilTest {

    private static final String WORKLOAD = "\"workload\": \"ECS_TASK\",";

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

    private static String until(String json) {
        return seedWith(WORKLOAD, WORKLOAD + " \"accessUntil\": " + json + ",");
    }

    @Test
    void aPlanWithAnEndCarriesItInTheDestinationTrust() throws Exception {
        mvc.perform(postJson("/api/v1/plans", until("\"2099-01-31T00:00:00Z\""), "operator"))
                .andExpect(status().isOk())
                .andExpect(jsonPath(
                                "$.documents.destinationTrustPolicy.Statement[0].Condition.DateLessThan['aws:CurrentTime']")
                        .value("2099-01-31T00:00:00Z"))
                .andExpect(jsonPath("$.findings[*].code", hasItem("ACCESS_UNTIL_DISTANT")));
    }

    @Test
    void aMalformedEndIsA400OnThatField() throws Exception {
        mvc.perform(postJson("/api/v1/plans", until("\"31/01/2027\""), "operator"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(1)))
                .andExpect(jsonPath("$.errors[0].field").value("accessUntil"))
                .andExpect(jsonPath("$.errors[0].message", containsString("ISO 8601")))
                .andExpect(noInternals());
    }

    @Test
    void anEndInThePastIsA400WithTheCoresMessageAndNothingIsStored() throws Exception {
        mvc.perform(postJson("/api/v1/runs", until("\"2020-01-01T00:00:00Z\""), "operator"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("accessUntil"))
                .andExpect(jsonPath("$.errors[0].message", containsString("has already passed")));
        verifyNoInteractions(runs);
    }

    @Test
    void aCreatedRunShowsItsEndInItsInput() throws Exception {
        Instant at = Instant.parse("2026-11-22T10:15:30Z");
        given(runs.createDraft(any(), any(), any())).willAnswer(call -> {
            WiringInput input = call.getArgument(0);
            Preview preview = call.getArgument(1);
            Actor actor = call.getArgument(2);
            return new Run(
                    41,
                    RunStatus.DRAFT,
                    input,
                    preview.documents(),
                    preview.findings(),
                    preview.planHash(),
                    actor.username(),
                    at);
        });
        given(eventLog.eventsOf(41)).willReturn(List.of(new RunEvent(1, 41, "CREATED", "operator", at, null)));

        mvc.perform(postJson("/api/v1/runs", until("\"2099-01-31T00:00:00Z\""), "operator"))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.input.accessUntil").value("2099-01-31T00:00:00Z"));
    }
}
