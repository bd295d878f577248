package io.rolewire.web.api;

import static io.rolewire.web.api.ApiBodyErrorsTest.onlyError;
import static io.rolewire.web.api.ApiRequests.SEED_003;
import static io.rolewire.web.api.ApiRequests.getAs;
import static io.rolewire.web.api.ApiRequests.postJson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.HistoryExports;
import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunHistory;
import io.rolewire.runs.Runs;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Who may call what, and requests that reach no API handler: still the API's error shape. */
@ApiSliceTest
class ApiEdgesTest {

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
    void anonymousCallersGet401WithoutARedirectToTheLoginPage() throws Exception {
        mvc.perform(get("/api/v1/runs"))
                .andExpect(status().isUnauthorized())
                .andExpect(header().doesNotExist("Location"));
        mvc.perform(post("/api/v1/plans")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(SEED_003))
                .andExpect(status().isUnauthorized());
        mvc.perform(post("/api/v1/runs").contentType(MediaType.APPLICATION_JSON).content(SEED_003))
                .andExpect(status().isUnauthorized());
        verifyNoInteractions(runs, history);
    }

    @Test
    void aWrongPasswordIs401() throws Exception {
        mvc.perform(get("/api/v1/runs").with(httpBasic("operator", "wrong"))).andExpect(status().isUnauthorized());
    }

    @Test
    void aReviewerMayNotCreateRuns() throws Exception {
        mvc.perform(postJson("/api/v1/runs", SEED_003, "reviewer")).andExpect(status().isForbidden());
        verifyNoInteractions(runs);
    }

    @Test
    void anUnknownApiPathIsA404InTheErrorShape() throws Exception {
        mvc.perform(getAs("/api/v1/nope", "operator"))
                .andExpect(status().isNotFound())
                .andExpect(onlyError(null, "There is no API endpoint GET /api/v1/nope."));
    }

    @Test
    void aClientThatDoesNotAcceptJsonGets406ExplainedInJson() throws Exception {
        given(history.search(any(), any(), anyInt())).willReturn(new HistoryPage(List.of(), null));

        mvc.perform(getAs("/api/v1/runs", "operator").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotAcceptable())
                .andExpect(onlyError(null, "This endpoint answers with application/json only."));
    }

    @Test
    void errorsAreJsonEvenWhenTheClientAcceptsOnlyHtml() throws Exception {
        given(runs.find(42)).willReturn(Optional.empty());

        mvc.perform(getAs("/api/v1/runs/42", "operator").accept(MediaType.TEXT_HTML))
                .andExpect(status().isNotFound())
                .andExpect(onlyError(null, "Run 42 not found."));
    }

    @Test
    void pathsOutsideTheApiKeepTheirOwnErrorHandling() throws Exception {
        mvc.perform(get("/no-such-page").with(user("operator").roles("OPERATOR")))
                .andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("\"errors\""))));
    }

    @Test
    void aWrongMethodIs405WithAllow() throws Exception {
        mvc.perform(getAs("/api/v1/plans", "operator"))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", "POST"))
                .andExpect(onlyError(null, "GET is not allowed on /api/v1/plans; allowed: POST."));
        mvc.perform(delete("/api/v1/runs/1").with(httpBasic("admin", "admin-pw")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(onlyError(null, "DELETE is not allowed on /api/v1/runs/1; allowed: GET."));
        mvc.perform(put("/api/v1/runs").with(httpBasic("operator", "operator-pw")))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(onlyError(null, "PUT is not allowed on /api/v1/runs; allowed: GET, POST."));
    }
}
