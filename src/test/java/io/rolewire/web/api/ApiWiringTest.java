package io.rolewire.web.api;

import static io.rolewire.web.api.ApiBodyErrorsTest.noInternals;
import static io.rolewire.web.api.ApiRequests.SEED_003;
import static io.rolewire.web.api.ApiRequests.postJson;
import static io.rolewire.web.api.ApiRequests.seedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import io.rolewire.wiring.Workload;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Plans and run creation with the real wiring core: the seed 003 golden case, the core's
 * violations with their bundle messages, and a created run's 201.
 */
@ApiSliceTest
class ApiWiringTest {

    static final String SOURCE_ROLE_ARN = "arn:aws:iam::111122223333:role/my-ECS-task-role";
    static final String DESTINATION_ROLE_ARN = "arn:aws:iam::555566667777:role/destination-account-role";

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
    void seed003PlansTheSeedsThreeDocumentsAsJsonObjects() throws Exception {
        mvc.perform(postJson("/api/v1/plans", SEED_003, "operator"))
                .andExpect(status().isOk())
                .andExpect(
                        jsonPath("$.documents.sourcePermissionPolicy.Version").value("2012-10-17"))
                .andExpect(jsonPath("$.documents.sourcePermissionPolicy..Action", hasItem("sts:AssumeRole")))
                .andExpect(jsonPath("$.documents.sourcePermissionPolicy..Resource", hasItem(DESTINATION_ROLE_ARN)))
                .andExpect(jsonPath("$.documents.destinationTrustPolicy..Principal.AWS", hasItem(SOURCE_ROLE_ARN)))
                .andExpect(jsonPath("$.documents.taskDefinition.family").value("verify-assume-cross-account-role"))
                .andExpect(jsonPath("$.documents.taskDefinition.taskRoleArn").value(SOURCE_ROLE_ARN))
                .andExpect(jsonPath("$.documents.taskDefinition.containerDefinitions", hasSize(1)))
                .andExpect(jsonPath("$.documents.taskDefinition.containerDefinitions[0].name")
                        .value("test"))
                .andExpect(jsonPath("$.documents.taskDefinition.containerDefinitions[0].image")
                        .value("your-test-image"))
                .andExpect(jsonPath("$.documents.taskDefinition.containerDefinitions[0].cpu")
                        .value(100))
                .andExpect(jsonPath("$.documents.taskDefinition.containerDefinitions[0].memory")
                        .value(200))
                .andExpect(jsonPath("$.documents.taskDefinition.containerDefinitions[0].essential")
                        .value(true))
                .andExpect(jsonPath("$.documents.cliProfile", containsString("credential_source = EcsContainer")))
                .andExpect(jsonPath("$.findings").isArray())
                .andExpect(jsonPath("$.planHash", matchesPattern("[0-9a-f]{64}")));
        verifyNoInteractions(runs);
    }

    @Test
    void documentsComeInTheCoresDisplayOrder() throws Exception {
        String body = mvc.perform(postJson("/api/v1/plans", SEED_003, "reviewer"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(body.indexOf("\"sourcePermissionPolicy\""))
                .isLessThan(body.indexOf("\"destinationTrustPolicy\""))
                .isLessThan(body.indexOf("\"taskDefinition\""));
    }

    @Test
    void theSeedsSixteenDigitPlaceholderIdsAreRefusedNamingBothFields() throws Exception {
        String seedAsPrinted = seedWith("\"111122223333\"", "\"1111222233334444\"")
                .replace("\"555566667777\"", "\"5555666677778888\"");

        mvc.perform(postJson("/api/v1/plans", seedAsPrinted, "operator"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("source.accountId", "destination.accountId")))
                .andExpect(jsonPath("$.errors[0].message", containsString("12 digits")))
                .andExpect(jsonPath("$.errors[0].message", containsString("1111222233334444")))
                .andExpect(jsonPath("$.errors[1].message", containsString("5555666677778888")))
                .andExpect(noInternals());
    }

    @Test
    void missingPartsAreTheCoresRequiredViolationsWithBundleMessages() throws Exception {
        mvc.perform(postJson("/api/v1/plans", "{\"workload\": \"ECS_TASK\", \"source\": null}", "operator"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath(
                        "$.errors[*].field",
                        org.hamcrest.Matchers.hasItems(
                                "region",
                                "source.accountId",
                                "source.roleName",
                                "destination.accountId",
                                "destination.roleName")))
                .andExpect(jsonPath("$.errors[?(@.field == 'region')].message").value("This value is required."))
                .andExpect(noInternals());
    }

    @Test
    void anEmptyObjectNamesTheWorkloadAsRequired() throws Exception {
        mvc.perform(postJson("/api/v1/plans", "{}", "operator"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", hasItem("workload")))
                .andExpect(noInternals());
    }

    @Test
    void creatingARunStoresTheInputAndPreviewAsTheCallerAndAnswers201WithLocation() throws Exception {
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

        mvc.perform(postJson("/api/v1/runs", SEED_003, "operator"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/v1/runs/41"))
                .andExpect(jsonPath("$.id").value(41))
                .andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.createdBy").value("operator"))
                .andExpect(jsonPath("$.input.ecs.family").value("verify-assume-cross-account-role"))
                .andExpect(jsonPath("$.documents.taskDefinition.taskRoleArn").value(SOURCE_ROLE_ARN))
                .andExpect(jsonPath("$.planHash", matchesPattern("[0-9a-f]{64}")))
                .andExpect(jsonPath("$.events[0].type").value("CREATED"));

        ArgumentCaptor<WiringInput> input = ArgumentCaptor.forClass(WiringInput.class);
        verify(runs).createDraft(input.capture(), any(), org.mockito.ArgumentMatchers.eq(new Actor("operator")));
        assertThat(input.getValue().workload()).isEqualTo(Workload.ECS_TASK);
        assertThat(input.getValue().source().accountId()).isEqualTo("111122223333");
        assertThat(input.getValue().destination().roleName()).isEqualTo("destination-account-role");
        assertThat(input.getValue().ecs().memory()).isEqualTo(200);
    }

    @Test
    void anAdminMayCreateRunsToo() throws Exception {
        given(runs.createDraft(any(), any(), any())).willAnswer(call -> ApiRunsReadTest.storedRun(5));

        mvc.perform(postJson("/api/v1/runs", SEED_003, "admin"))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "http://localhost/api/v1/runs/5"));
        verify(runs).createDraft(any(), any(), org.mockito.ArgumentMatchers.eq(new Actor("admin")));
    }

    @Test
    void anInvalidRunIsRefusedAndNothingIsStored() throws Exception {
        mvc.perform(postJson("/api/v1/runs", seedWith("\"us-east-1\"", "\"mars-north-1\""), "operator"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("region"))
                .andExpect(jsonPath("$.errors[0].message", containsString("mars-north-1")));
        verifyNoInteractions(runs);
    }
}
