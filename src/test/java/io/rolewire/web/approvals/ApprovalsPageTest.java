package io.rolewire.web.approvals;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.apply.AccountReach;
import io.rolewire.apply.Change;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.LivePlans;
import io.rolewire.apply.PlannedResource;
import io.rolewire.apply.Side;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.security.SecurityTestImports;
import io.rolewire.web.WebTestConfiguration;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.DocumentDiff;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.ExecutionRoleOptions;
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
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = ApprovalsController.class)
@Import({SecurityTestImports.class, WebTestConfiguration.class})
class ApprovalsPageTest {

    static final String LIVE_HASH = "b".repeat(64);
    static final Instant SUBMITTED_AT = Instant.parse("2026-11-22T15:40:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RunLifecycle lifecycle;

    @MockitoBean
    LivePlans livePlans;

    @Test
    void adminsSeeEverySubmittedRunWithWhatTheyNeedToDecide() throws Exception {
        given(lifecycle.awaitingApproval(ApprovalsController.QUEUE_SIZE)).willReturn(List.of(submittedRun(42)));

        mvc.perform(get("/approvals").with(user("admin").roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(xpath("//title").string("Pending approvals · Rolewire"))
                .andExpect(xpath("//a[@id='nav-approvals']/@aria-current").string("page"))
                .andExpect(xpath("//table[@id='approvals']/tbody/tr").nodeCount(1))
                .andExpect(xpath("//tr[@id='pending-42']/td[1]/a/@href").string("/runs/42"))
                .andExpect(xpath("//tr[@id='pending-42']/td[2]").string("operator"))
                .andExpect(xpath("//tr[@id='pending-42']/td[3]").string("2026-11-22 15:40 UTC"))
                .andExpect(
                        xpath("normalize-space(//tr[@id='pending-42']/td[4])").string("111122223333 / app-task"))
                .andExpect(xpath("normalize-space(//tr[@id='pending-42']/td[5])")
                        .string("555566667777 / reporting-reader"))
                .andExpect(xpath("//tr[@id='pending-42']/td[6]/code").string("f".repeat(64)))
                .andExpect(xpath("//*[@id='pending-42-WARNING']").string("Warning: 2"))
                .andExpect(xpath("//*[@id='pending-42-INFO']").string("Info: 1"))
                .andExpect(xpath("//*[@id='pending-42-ERROR']").doesNotExist());
    }

    @Test
    void theLivePlanOfEachRequestIsSummedUpWithItsDiffsAndTheApproveButtonLeadsToTheConfirmation() throws Exception {
        given(lifecycle.awaitingApproval(ApprovalsController.QUEUE_SIZE)).willReturn(List.of(submittedRun(42)));
        given(livePlans.latest(42)).willReturn(Optional.of(livePlan()));

        mvc.perform(get("/approvals").with(user("admin").roles("ADMIN")))
                .andExpect(xpath("//tr[@id='pending-42']/td[6]/code").string(LIVE_HASH))
                .andExpect(xpath("normalize-space(//*[@id='pending-42-change-CREATE'])")
                        .string("Create 1"))
                .andExpect(xpath("normalize-space(//*[@id='pending-42-change-UNCHANGED'])")
                        .string("Unchanged 2"))
                .andExpect(xpath("//*[@id='pending-42-change-UPDATE']").doesNotExist())
                .andExpect(xpath("//*[@id='pending-42-unreachable-DESTINATION']")
                        .string("Destination account 555566667777 not reachable"))
                .andExpect(xpath("//*[@id='pending-42-unreachable-SOURCE']").doesNotExist())
                .andExpect(xpath("//form[@id='approve-42']/@action").string("/runs/42/approve"))
                // a GET to the confirmation page, which says what will be written and makes the POST
                .andExpect(xpath("//form[@id='approve-42']/@method").string("get"))
                .andExpect(xpath("//form[@id='approve-42']/input").doesNotExist())
                .andExpect(xpath("//section[@id='decide-42']/div[contains(@class,'live-diff')]")
                        .nodeCount(1))
                .andExpect(xpath("//*[@id='pending-42-diff-source.policy']//tr[@class='diff-added']/td[2]")
                        .string("{\"Action\": \"sts:AssumeRole\"}"))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content().string(containsString("&lt;script&gt;")));
    }

    @Test
    void withoutALivePlanTheQueueSaysSoAndNobodyApprovesTheirOwnRequest() throws Exception {
        Run own = submittedRun(43, "admin");
        given(lifecycle.awaitingApproval(ApprovalsController.QUEUE_SIZE)).willReturn(List.of(submittedRun(42), own));

        mvc.perform(get("/approvals").with(user("admin").roles("ADMIN")))
                .andExpect(xpath("normalize-space(//tr[@id='pending-42']/td[8])")
                        .string("Not read yet: the documents alone"))
                .andExpect(xpath("//form[@id='approve-42']/@action").string("/runs/42/approve"))
                .andExpect(xpath("//tr[@id='pending-43']").exists())
                .andExpect(xpath("//form[@id='approve-43']").doesNotExist())
                .andExpect(xpath("//section[@id='decide-43']").doesNotExist());
    }

    @Test
    void anEmptyQueueSaysSo() throws Exception {
        given(lifecycle.awaitingApproval(ApprovalsController.QUEUE_SIZE)).willReturn(List.of());

        mvc.perform(get("/approvals").with(user("admin").roles("ADMIN")))
                .andExpect(xpath("//*[@id='approvals-none']").string("No run waits for approval."));
    }

    @Test
    void onlyAdminsSeeTheQueue() throws Exception {
        mvc.perform(get("/approvals").with(user("operator").roles("OPERATOR"))).andExpect(status().isForbidden());
        mvc.perform(get("/approvals").with(user("reviewer").roles("REVIEWER"))).andExpect(status().isForbidden());
    }

    /** The source policy is created (with a diff), the rest is in place; the destination is unreachable. */
    private static LivePlan livePlan() {
        DocumentDiff created = new DocumentDiff(
                List.of(new DocumentDiff.Row(DocumentDiff.Kind.ADDED, null, "{\"Action\": \"sts:AssumeRole\"}")));
        DocumentDiff unchanged = new DocumentDiff(List.of(new DocumentDiff.Row(
                DocumentDiff.Kind.SAME, "<script>alert(1)</script>", "<script>alert(1)</script>")));
        return new LivePlan(
                42,
                LIVE_HASH,
                SUBMITTED_AT,
                true,
                List.of(
                        new AccountReach(Side.SOURCE, "111122223333", true, "arn:aws:iam::111122223333:user/d", null),
                        new AccountReach(Side.DESTINATION, "555566667777", false, null, "timed out")),
                List.of(
                        resource("source.role", Change.UNCHANGED, unchanged),
                        resource("source.policy", Change.CREATE, created),
                        resource("destination.trust", Change.UNCHANGED, null)),
                List.of());
    }

    private static PlannedResource resource(String key, Change change, DocumentDiff diff) {
        return new PlannedResource(
                key,
                Side.SOURCE,
                "111122223333",
                "IAM role",
                "<script>alert(1)</script>",
                change,
                null,
                null,
                null,
                diff,
                null);
    }

    private static Run submittedRun(long id) {
        return submittedRun(id, "operator");
    }

    private static Run submittedRun(long id, String requester) {
        WiringInput input = new WiringInput(
                Workload.ECS_TASK,
                "eu-west-1",
                new SourceRole("111122223333", "app-task", false),
                new DestinationRole("555566667777", "reporting-reader", false, List.of()),
                new EcsTaskOptions(
                        "reporting",
                        "app",
                        "nginx:1.27",
                        256,
                        512,
                        LaunchType.FARGATE,
                        ExecutionRoleOptions.disabled(),
                        false),
                null);
        List<Finding> findings = List.of(
                new Finding(Severity.WARNING, "A", "a"),
                new Finding(Severity.INFO, "B", "b"),
                new Finding(Severity.WARNING, "C", "c"));
        Run draft = new Run(
                id,
                RunStatus.DRAFT,
                input,
                List.of(),
                findings,
                "f".repeat(64),
                requester,
                SUBMITTED_AT.minusSeconds(60));
        return draft.submit(ActingUser.of(requester, ActingUser.OPERATOR), SUBMITTED_AT)
                .run();
    }
}
