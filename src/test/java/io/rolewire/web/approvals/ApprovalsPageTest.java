package io.rolewire.web.approvals;

import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.security.SecurityTestImports;
import io.rolewire.web.WebTestConfiguration;
import io.rolewire.wiring.DestinationRole;
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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

@WebMvcTest(controllers = ApprovalsController.class)
@Import({SecurityTestImports.class, WebTestConfiguration.class})
class ApprovalsPageTest {

    static final Instant SUBMITTED_AT = Instant.parse("2026-11-22T15:40:00Z");

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RunLifecycle lifecycle;

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

    private static Run submittedRun(long id) {
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
                "operator",
                SUBMITTED_AT.minusSeconds(60));
        return draft.submit(ActingUser.of("operator", ActingUser.OPERATOR), SUBMITTED_AT)
                .run();
    }
}
