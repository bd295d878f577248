package io.rolewire.web.api;

import static io.rolewire.web.api.ApiBodyErrorsTest.onlyError;
import static io.rolewire.web.api.ApiRequests.getAs;
import static io.rolewire.web.api.ApiRequests.postJson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.rolewire.apply.AccountReach;
import io.rolewire.apply.Applies;
import io.rolewire.apply.ApplyProgress;
import io.rolewire.apply.ApplyRefused;
import io.rolewire.apply.ApplyStep;
import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.LivePlans;
import io.rolewire.apply.PlanFinding;
import io.rolewire.apply.PlannedResource;
import io.rolewire.apply.Side;
import io.rolewire.apply.StepOutcome;
import io.rolewire.apply.Unwires;
import io.rolewire.apply.Verification;
import io.rolewire.apply.VerificationCheck;
import io.rolewire.audit.EventLog;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Approvals;
import io.rolewire.runs.Refusal;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.runs.UnknownRunException;
import io.rolewire.security.ApiSecurityTestImports;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.DocumentDiff;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.ExecutionRoleOptions;
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
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/** The apply endpoints of the JSON API, with the apply module mocked: status codes and bodies. */
@WebMvcTest(controllers = {ApiRunActionsController.class, ApiApplyController.class})
@Import({ApiSecurityTestImports.class, ApiViews.class, ApplyViews.class})
class ApiApplyTest {

    static final Instant AT = Instant.parse("2026-11-22T16:00:00Z");
    static final ActingUser OPERATOR = ActingUser.of("operator", "OPERATOR");
    static final ActingUser ADMIN = ActingUser.of("admin", "ADMIN");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    Unwires unwires;

    @MockitoBean
    RunLifecycle lifecycle;

    @MockitoBean
    Applies applies;

    @MockitoBean
    Approvals approvals;

    @MockitoBean
    LivePlans livePlans;

    @MockitoBean
    Runs runs;

    @MockitoBean
    EventLog eventLog;

    @Test
    void applyAnswers202WithTheRunApplying() throws Exception {
        given(applies.apply(42, OPERATOR)).willReturn(runIn(RunStatus.APPLYING));

        mvc.perform(post("/api/v1/runs/42/apply").with(httpBasic("operator", "operator-pw")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.id").value(42))
                .andExpect(jsonPath("$.status").value("APPLYING"));
        verify(applies).apply(42, OPERATOR);
    }

    @Test
    void retryAnswers202AndReverify200() throws Exception {
        given(applies.retry(42, ADMIN)).willReturn(runIn(RunStatus.APPLYING));
        given(applies.reverify(42, ADMIN)).willReturn(runIn(RunStatus.VERIFIED));

        mvc.perform(post("/api/v1/runs/42/retry").with(httpBasic("admin", "admin-pw")))
                .andExpect(status().isAccepted())
                .andExpect(jsonPath("$.status").value("APPLYING"));
        mvc.perform(post("/api/v1/runs/42/reverify").with(httpBasic("admin", "admin-pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("VERIFIED"));
    }

    @Test
    void unwireAnswers201WithTheNewRunAndItsLocation() throws Exception {
        Run submitted = runIn(RunStatus.SUBMITTED);
        Run unwire = new Run(
                43,
                submitted.status(),
                submitted.input(),
                submitted.documents(),
                submitted.findings(),
                "d4e5f6",
                "operator",
                AT,
                submitted.lifecycle(),
                0,
                42L);
        given(unwires.start(42, OPERATOR)).willReturn(unwire);

        mvc.perform(post("/api/v1/runs/42/unwire").with(httpBasic("operator", "operator-pw")))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", endsWith("/api/v1/runs/43")))
                .andExpect(jsonPath("$.id").value(43))
                .andExpect(jsonPath("$.status").value("SUBMITTED"))
                .andExpect(jsonPath("$.kind").value("UNWIRE"))
                .andExpect(jsonPath("$.undoes").value(42));
    }

    @Test
    void anUnwireOfARunThatIsNotVerifiedIsAConflictWithItsMessage() throws Exception {
        willThrow(new TransitionRefused(Refusal.NOT_UNWIRABLE, 42, RunStatus.DRAFT))
                .given(unwires)
                .start(42, OPERATOR);

        mvc.perform(post("/api/v1/runs/42/unwire").with(httpBasic("operator", "operator-pw")))
                .andExpect(status().isConflict())
                .andExpect(onlyError(
                        null,
                        "Run #42 is DRAFT: only a wiring that was applied and is VERIFIED or"
                                + " VERIFICATION_FAILED can be un-wired."));
        mvc.perform(post("/api/v1/runs/42/unwire").with(httpBasic("reviewer", "reviewer-pw")))
                .andExpect(status().isForbidden());
    }

    @Test
    void anApplyRefusedByAwsOrTheLivePlanIsAConflictWithItsMessage() throws Exception {
        willThrow(new ApplyRefused(ApplyRefused.Reason.PLAN_CHANGED, 42, "the destination trust changed"))
                .given(applies)
                .apply(42, OPERATOR);
        willThrow(new ApplyRefused(ApplyRefused.Reason.AWS_ACCESS_OFF, 43, null))
                .given(applies)
                .apply(43, OPERATOR);

        mvc.perform(post("/api/v1/runs/42/apply").with(httpBasic("operator", "operator-pw")))
                .andExpect(status().isConflict())
                .andExpect(onlyError(
                        null,
                        "Run 42 was not applied: the live state changed since the approval (the destination trust"
                                + " changed). Nothing was written; the run is back in SUBMITTED and needs a new"
                                + " approval."));
        mvc.perform(post("/api/v1/runs/43/apply").with(httpBasic("operator", "operator-pw")))
                .andExpect(status().isConflict())
                .andExpect(onlyError(null, containsString("AWS access is switched off")));
        willThrow(new ApplyRefused(ApplyRefused.Reason.ACCESS_ENDED, 44, "2026-11-22T16:00:00Z"))
                .given(applies)
                .apply(44, OPERATOR);
        mvc.perform(post("/api/v1/runs/44/apply").with(httpBasic("operator", "operator-pw")))
                .andExpect(status().isConflict())
                .andExpect(onlyError(
                        null,
                        "Run 44 cannot be approved or applied: its access ended at 2026-11-22T16:00:00Z (UTC,"
                                + " \"Access until\"), so the trust it writes would deny at once. Nothing was written;"
                                + " start a new wiring with a later end."));
    }

    @Test
    void lifecycleRefusalsKeepTheirStatus() throws Exception {
        willThrow(new TransitionRefused(Refusal.NOT_REQUESTER, 42, RunStatus.FAILED))
                .given(applies)
                .retry(42, ActingUser.of("operator2", "OPERATOR"));
        willThrow(new TransitionRefused(Refusal.NOT_ALLOWED_IN_STATE, 42, RunStatus.SUBMITTED))
                .given(applies)
                .apply(42, OPERATOR);

        mvc.perform(post("/api/v1/runs/42/retry").with(httpBasic("operator2", "operator2-pw")))
                .andExpect(status().isForbidden())
                .andExpect(onlyError(null, "Only the person who created run #42 may do this."));
        mvc.perform(post("/api/v1/runs/42/apply").with(httpBasic("operator", "operator-pw")))
                .andExpect(status().isConflict())
                .andExpect(onlyError(null, containsString("is SUBMITTED")));
    }

    @Test
    void anApprovalGoesThroughTheApplyModule() throws Exception {
        given(approvals.approve(42, ADMIN, "b".repeat(64))).willReturn(runIn(RunStatus.APPROVED));

        mvc.perform(postJson("/api/v1/runs/42/approve", "{\"planHash\":\"" + "b".repeat(64) + "\"}", "admin"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("APPROVED"));
        verify(approvals).approve(42, ADMIN, "b".repeat(64));
        verifyNoInteractions(lifecycle);
    }

    @Test
    void theLivePlanIsJsonWithParsedDocumentsCountsAndDiffs() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        given(livePlans.latest(42)).willReturn(Optional.of(livePlan()));

        mvc.perform(getAs("/api/v1/runs/42/plan", "reviewer"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runId").value(42))
                .andExpect(jsonPath("$.hash").value("b".repeat(64)))
                .andExpect(jsonPath("$.readAt").value("2026-11-22T16:00:00Z"))
                .andExpect(jsonPath("$.awsAccess").value(true))
                .andExpect(jsonPath("$.complete").value(false))
                .andExpect(jsonPath("$.counts.UPDATE").value(1))
                .andExpect(jsonPath("$.counts.CREATE").value(0))
                .andExpect(jsonPath("$.accounts[1].reachable").value(false))
                .andExpect(jsonPath("$.accounts[1].reason").value("timed out"))
                .andExpect(jsonPath("$.resources[0].key").value("destination.trust"))
                .andExpect(jsonPath("$.resources[0].change").value("UPDATE"))
                .andExpect(jsonPath("$.resources[0].liveDocument.Version").value("2012-10-17"))
                .andExpect(jsonPath("$.resources[0].desiredDocument.Statement", hasSize(2)))
                .andExpect(jsonPath("$.resources[0].changed").value(true))
                .andExpect(jsonPath("$.resources[0].diff[0].kind").value("ADDED"))
                .andExpect(jsonPath("$.resources[0].diff[0].left", nullValue()))
                .andExpect(jsonPath("$.resources[0].note").value("merged"))
                .andExpect(jsonPath("$.findings[0].origin").value("IAM Access Analyzer"))
                .andExpect(jsonPath("$.findings[0].label").value("SECURITY_WARNING"));
    }

    @Test
    void noLivePlanYetAndAnUnknownRunAreBoth404SayingWhich() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));

        mvc.perform(getAs("/api/v1/runs/42/plan", "reviewer"))
                .andExpect(status().isNotFound())
                .andExpect(onlyError(
                        null,
                        "No live plan has been read for run 42 yet: POST /api/v1/runs/42/plan reads the live state"
                                + " of both accounts."));
        mvc.perform(getAs("/api/v1/runs/99/plan", "reviewer"))
                .andExpect(status().isNotFound())
                .andExpect(onlyError(null, "Run 99 not found."));
        mvc.perform(getAs("/api/v1/runs/99/steps", "reviewer"))
                .andExpect(status().isNotFound())
                .andExpect(onlyError(null, "Run 99 not found."));
    }

    @Test
    void postingToThePlanReadsTheLiveStateNow() throws Exception {
        given(livePlans.refresh(42, OPERATOR)).willReturn(livePlan());
        willThrow(new UnknownRunException(99)).given(livePlans).refresh(99, OPERATOR);

        mvc.perform(post("/api/v1/runs/42/plan").with(httpBasic("operator", "operator-pw")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.hash").value("b".repeat(64)));
        verify(livePlans).refresh(42, OPERATOR);
        mvc.perform(post("/api/v1/runs/99/plan").with(httpBasic("operator", "operator-pw")))
                .andExpect(status().isNotFound())
                .andExpect(onlyError(null, "Run 99 not found."));
    }

    @Test
    void theStepsCarryEachCallAndTheVerification() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.VERIFIED)));
        given(applies.progress(42)).willReturn(progress());

        mvc.perform(getAs("/api/v1/runs/42/steps", "reviewer"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.runId").value(42))
                .andExpect(jsonPath("$.status").value("VERIFIED"))
                .andExpect(jsonPath("$.running").value(false))
                .andExpect(jsonPath("$.percent").value(100))
                .andExpect(jsonPath("$.finishedSteps").value(2))
                .andExpect(jsonPath("$.steps", hasSize(2)))
                .andExpect(jsonPath("$.steps[0].action").value("CreateRole"))
                .andExpect(jsonPath("$.steps[0].side").value("SOURCE"))
                .andExpect(jsonPath("$.steps[0].outcome").value("DONE"))
                .andExpect(jsonPath("$.steps[0].requestId").value("req-1"))
                .andExpect(jsonPath("$.steps[0].requestDocument.Version").value("2012-10-17"))
                .andExpect(jsonPath("$.steps[0].calls").value(2))
                .andExpect(jsonPath("$.steps[0].durationMillis").value(340))
                .andExpect(jsonPath("$.steps[1].outcome").value("SKIPPED"))
                .andExpect(jsonPath("$.steps[1].requestDocument", nullValue()))
                .andExpect(jsonPath("$.verification.verified").value(true))
                .andExpect(jsonPath("$.verification.by").value("operator"))
                .andExpect(jsonPath("$.verification.checks", hasSize(1)))
                .andExpect(jsonPath("$.verification.checks[0].name").value("trust"))
                .andExpect(jsonPath("$.verification.checks[0].evidence").value("allows exactly the source role"))
                .andExpect(jsonPath("$.verification.checks[0].requestId").value("req-2"));
    }

    @Test
    void reviewersMayReadButNeverCallAws() throws Exception {
        for (String action : List.of("apply", "retry", "reverify", "plan")) {
            mvc.perform(post("/api/v1/runs/42/" + action).with(httpBasic("reviewer", "reviewer-pw")))
                    .andExpect(status().isForbidden());
            mvc.perform(post("/api/v1/runs/42/" + action)).andExpect(status().isUnauthorized());
        }
        verifyNoInteractions(applies, livePlans);
    }

    private static Run runIn(RunStatus status) {
        WiringInput input = new WiringInput(
                Workload.ECS_TASK,
                "us-east-1",
                new SourceRole("111122223333", "my-ECS-task-role", true),
                new DestinationRole("555566667777", "my-cross-account-role", true, List.of()),
                new EcsTaskOptions(
                        "family",
                        "app",
                        "your-test-image",
                        100,
                        200,
                        LaunchType.EC2,
                        ExecutionRoleOptions.disabled(),
                        false),
                null);
        Run run = new Run(42, RunStatus.DRAFT, input, List.of(), List.of(), "a1b2c3", "operator", AT)
                .submit(OPERATOR, AT)
                .run();
        if (status == RunStatus.SUBMITTED) {
            return run;
        }
        run = run.approve(ADMIN, "a1b2c3", AT).run();
        if (status == RunStatus.APPROVED) {
            return run;
        }
        run = run.startApply(OPERATOR, AT).run();
        return status == RunStatus.APPLYING
                ? run
                : run.completeApply(OPERATOR, AT)
                        .run()
                        .completeVerification(OPERATOR, true, AT)
                        .run();
    }

    private static LivePlan livePlan() {
        String live = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"other\"}]}";
        String desired = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Sid\":\"other\"},{\"Sid\":\"rolewire\"}]}";
        DocumentDiff diff = new DocumentDiff(
                List.of(new DocumentDiff.Row(DocumentDiff.Kind.ADDED, null, "{\"Sid\":\"rolewire\"}")));
        return new LivePlan(
                42,
                "b".repeat(64),
                AT,
                true,
                List.of(
                        new AccountReach(Side.SOURCE, "111122223333", true, "arn:aws:iam::111122223333:user/d", null),
                        new AccountReach(Side.DESTINATION, "555566667777", false, null, "timed out")),
                List.of(new PlannedResource(
                        "destination.trust",
                        Side.DESTINATION,
                        "555566667777",
                        "trust policy",
                        "my-cross-account-role",
                        Change.UPDATE,
                        "AROAEXAMPLE",
                        live,
                        desired,
                        diff,
                        "merged")),
                List.of(new PlanFinding(
                        PlanFinding.ACCESS_ANALYZER,
                        "destinationTrustPolicy",
                        Severity.WARNING,
                        "MISSING_CONDITION",
                        "SECURITY_WARNING",
                        "Add a condition.")));
    }

    private static ApplyProgress progress() {
        ApplyStep created = new ApplyStep(
                1,
                1,
                "source.role",
                Side.SOURCE,
                "111122223333",
                "iam",
                "CreateRole",
                "arn:aws:iam::111122223333:role/my-ECS-task-role",
                "{\"Version\":\"2012-10-17\"}",
                StepOutcome.DONE,
                "req-1",
                2,
                340,
                null,
                null,
                AT);
        ApplyStep skipped = new ApplyStep(
                1,
                2,
                "source.policy",
                Side.SOURCE,
                "111122223333",
                "iam",
                "PutRolePolicy",
                "arn:aws:iam::111122223333:role/my-ECS-task-role",
                null,
                StepOutcome.SKIPPED,
                null,
                0,
                3,
                null,
                "already in place",
                AT);
        Verification verification = new Verification(
                42,
                AT,
                "operator",
                List.of(new VerificationCheck(
                        VerificationCheck.TRUST, true, "allows exactly the source role", "req-2")));
        return new ApplyProgress(42, RunStatus.VERIFIED, false, List.of(created, skipped), Optional.of(verification));
    }
}
