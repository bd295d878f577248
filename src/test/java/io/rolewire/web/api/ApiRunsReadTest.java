package io.rolewire.web.api;

import static io.rolewire.web.api.ApiBodyErrorsTest.noInternals;
import static io.rolewire.web.api.ApiBodyErrorsTest.onlyError;
import static io.rolewire.web.api.ApiRequests.getAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.HistoryExports;
import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunEvent;
import io.rolewire.audit.RunHistory;
import io.rolewire.audit.RunSummary;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.Document;
import io.rolewire.wiring.DocumentFormat;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.Finding;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.Severity;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** Reading runs: one run with its events, 404, the paged history and its query validation. */
@ApiSliceTest
class ApiRunsReadTest {

    static final Instant CREATED = Instant.parse("2026-11-22T10:15:30Z");

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
    void aRunShowsItsInputDocumentsInOrderFindingsAndParsedEvents() throws Exception {
        given(runs.find(7)).willReturn(Optional.of(storedRun(7)));
        given(eventLog.eventsOf(7))
                .willReturn(List.of(new RunEvent(1, 7, "CREATED", "operator", CREATED, "{\"planHash\":\"abc123\"}")));

        String body = mvc.perform(getAs("/api/v1/runs/7", "reviewer"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.id").value(7))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.workload").value("ECS_TASK"))
                .andExpect(jsonPath("$.input.source.accountId").value("111122223333"))
                .andExpect(jsonPath("$.input.destination.roleName").value("destination-account-role"))
                .andExpect(jsonPath("$.input.ecs.cpu").value(100))
                .andExpect(jsonPath("$.input.ecs.executionRole.roleName").value("ecsTaskExecutionRole"))
                .andExpect(jsonPath("$.documents.sourcePermissionPolicy.Statement.Action")
                        .value("sts:AssumeRole"))
                .andExpect(jsonPath("$.documents.cliProfile").value("[profile cross-account]\nrole_arn = x\n"))
                .andExpect(jsonPath("$.findings[0].severity").value("WARNING"))
                .andExpect(jsonPath("$.findings[0].code").value("SOME_CODE"))
                .andExpect(jsonPath("$.findings[0].message").value("Something to know."))
                .andExpect(jsonPath("$.planHash").value("abc123"))
                .andExpect(jsonPath("$.createdBy").value("operator"))
                .andExpect(jsonPath("$.createdAt").value("2026-11-22T10:15:30Z"))
                .andExpect(jsonPath("$.events", hasSize(1)))
                .andExpect(jsonPath("$.events[0].type").value("CREATED"))
                .andExpect(jsonPath("$.events[0].actor").value("operator"))
                .andExpect(jsonPath("$.events[0].at").value("2026-11-22T10:15:30Z"))
                .andExpect(jsonPath("$.events[0].detail.planHash").value("abc123"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body.indexOf("\"sourcePermissionPolicy\""))
                .as("documents keep the preview's order, not the alphabet")
                .isLessThan(body.indexOf("\"cliProfile\""));
    }

    @Test
    void anUnknownRunIs404InTheErrorShape() throws Exception {
        given(runs.find(42)).willReturn(Optional.empty());

        mvc.perform(getAs("/api/v1/runs/42", "operator"))
                .andExpect(status().isNotFound())
                .andExpect(onlyError(null, "Run 42 not found."));
    }

    @Test
    void aRunIdThatIsNotANumberNamesTheIdField() throws Exception {
        mvc.perform(getAs("/api/v1/runs/abc", "operator"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("id", "Must be a whole number (no quotes, no fraction)."));
        verifyNoInteractions(runs);
    }

    @Test
    void theHistoryPassesTheFiltersAndLinksTheNextPage() throws Exception {
        given(history.search(any(), any(), anyInt())).willReturn(new HistoryPage(List.of(summary(18)), 18L));

        mvc.perform(getAs("/api/v1/runs?accountId=111122223333&status=DRAFT&size=1&createdBy=operator", "reviewer"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(1)))
                .andExpect(jsonPath("$.items[0].id").value(18))
                .andExpect(jsonPath("$.items[0].status").value("DRAFT"))
                .andExpect(jsonPath("$.items[0].workload").value("ECS_TASK"))
                .andExpect(jsonPath("$.items[0].sourceAccountId").value("111122223333"))
                .andExpect(jsonPath("$.items[0].destinationRoleName").value("destination-account-role"))
                .andExpect(jsonPath("$.items[0].createdAt").value("2026-11-22T10:15:30Z"))
                .andExpect(jsonPath("$.nextBefore").value(18))
                .andExpect(header().string(
                                "Link",
                                "<http://localhost/api/v1/runs?accountId=111122223333&status=DRAFT&size=1"
                                        + "&createdBy=operator&before=18>; rel=\"next\""));
        verify(history).search(new HistoryFilter("111122223333", null, RunStatus.DRAFT, "operator"), null, 1);
    }

    @Test
    void followingTheLinkReplacesBeforeAndTheLastPageHasNoLink() throws Exception {
        given(history.search(any(), any(), anyInt())).willReturn(new HistoryPage(List.of(summary(3)), null));

        mvc.perform(getAs("/api/v1/runs?before=18&roleName=my-ECS-task-role", "operator"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].id").value(3))
                .andExpect(jsonPath("$.nextBefore", nullValue()))
                .andExpect(content().string(containsString("\"nextBefore\":null")))
                .andExpect(header().doesNotExist("Link"));
        verify(history).search(new HistoryFilter(null, "my-ECS-task-role", null, null), 18L, RunQuery.DEFAULT_SIZE);
    }

    @Test
    void blankFiltersMeanAny() throws Exception {
        given(history.search(any(), any(), anyInt())).willReturn(new HistoryPage(List.of(), null));

        mvc.perform(getAs("/api/v1/runs?accountId=&roleName=&status=&createdBy=&before=&size=", "operator"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items", hasSize(0)));
        verify(history).search(HistoryFilter.none(), null, RunQuery.DEFAULT_SIZE);
    }

    @Test
    void valuesOutOfBoundsAreAllNamedAtOnceAndNothingIsSearched() throws Exception {
        mvc.perform(getAs(
                        "/api/v1/runs?size=0&before=-1&accountId=1111222233334444&roleName=" + "r".repeat(65),
                        "operator"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(4)))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'size')].message").value("must be greater than or equal to 1"))
                .andExpect(jsonPath("$.errors[?(@.field == 'before')].message").value("must be greater than 0"))
                .andExpect(jsonPath("$.errors[?(@.field == 'accountId')].message")
                        .value("An AWS account ID is exactly 12 digits."))
                .andExpect(
                        jsonPath("$.errors[?(@.field == 'roleName')].message").value("size must be between 0 and 64"))
                .andExpect(noInternals());
        verifyNoInteractions(history);
    }

    @Test
    void valuesThatDoNotConvertAreAllNamedAtOnceWithoutConverterText() throws Exception {
        mvc.perform(getAs("/api/v1/runs?size=abc&before=abc&status=NOPE", "operator"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors", hasSize(3)))
                .andExpect(jsonPath("$.errors[?(@.field == 'size')].message")
                        .value("Must be a whole number (no quotes, no fraction)."))
                .andExpect(jsonPath("$.errors[?(@.field == 'before')].message")
                        .value("Must be a whole number (no quotes, no fraction)."))
                .andExpect(jsonPath("$.errors[?(@.field == 'status')].message")
                        .value("'NOPE' is not allowed; use one of: DRAFT, SUBMITTED, APPROVED, REJECTED, CANCELLED,"
                                + " APPLYING, APPLIED, FAILED, VERIFIED, VERIFICATION_FAILED."))
                .andExpect(noInternals());
        verifyNoInteractions(history);
    }

    @Test
    void sizeAboveTheMaximumIsRefused() throws Exception {
        mvc.perform(getAs("/api/v1/runs?size=101", "operator"))
                .andExpect(status().isBadRequest())
                .andExpect(onlyError("size", "must be less than or equal to 100"));
    }

    @Test
    void anUnexpectedFailureIsA500WithAReferenceAndNothingElse() throws Exception {
        given(history.search(any(), any(), anyInt()))
                .willThrow(new IllegalStateException("jdbc:postgresql://db password=hunter2"));

        mvc.perform(getAs("/api/v1/runs", "operator"))
                .andExpect(status().isInternalServerError())
                .andExpect(onlyError(null, startsWith("Internal error; it was logged with reference ")))
                .andExpect(jsonPath("$.errors[0].message", org.hamcrest.Matchers.not(containsString("hunter2"))));
    }

    static Run storedRun(long id) {
        WiringInput input = new WiringInput(
                Workload.ECS_TASK,
                "us-east-1",
                new SourceRole("111122223333", "my-ECS-task-role", false),
                new DestinationRole("555566667777", "destination-account-role", false, List.of()),
                new EcsTaskOptions(
                        "verify-assume-cross-account-role",
                        "test",
                        "your-test-image",
                        100,
                        200,
                        LaunchType.EC2,
                        null,
                        false),
                null);
        List<Document> documents = List.of(
                new Document(
                        "sourcePermissionPolicy",
                        DocumentFormat.JSON,
                        "{\n  \"Version\": \"2012-10-17\",\n  \"Statement\": {\"Effect\": \"Allow\","
                                + " \"Action\": \"sts:AssumeRole\"}\n}"),
                new Document("cliProfile", DocumentFormat.INI, "[profile cross-account]\nrole_arn = x\n"));
        return new Run(
                id,
                RunStatus.DRAFT,
                input,
                documents,
                List.of(new Finding(Severity.WARNING, "SOME_CODE", "Something to know.")),
                "abc123",
                "operator",
                CREATED);
    }

    static RunSummary summary(long id) {
        return new RunSummary(
                id,
                RunStatus.DRAFT,
                Workload.ECS_TASK,
                "111122223333",
                "my-ECS-task-role",
                "555566667777",
                "destination-account-role",
                "operator",
                CREATED);
    }
}
