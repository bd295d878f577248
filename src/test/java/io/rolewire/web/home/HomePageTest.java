package io.rolewire.web.home;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.apply.DriftWatch;
import io.rolewire.audit.AuditEvent;
import io.rolewire.audit.Checkpoint;
import io.rolewire.audit.Checkpoints;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunHistory;
import io.rolewire.audit.RunSummary;
import io.rolewire.runs.AccessEnding;
import io.rolewire.runs.AccessEnds;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.RunStatus;
import io.rolewire.security.SecurityTestImports;
import io.rolewire.web.WebTestConfiguration;
import io.rolewire.web.wizard.OpenDraft;
import io.rolewire.web.wizard.OpenDrafts;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.Ec2InstanceOptions;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The home page per role: what each one sees, what is read for it, and the admins' count in the navigation. */
@WebMvcTest(controllers = HomeController.class)
@Import({SecurityTestImports.class, WebTestConfiguration.class, HomePage.class})
class HomePageTest {

    static final RequestPostProcessor OPERATOR =
            SecurityMockMvcRequestPostProcessors.user("operator").roles("OPERATOR");
    static final RequestPostProcessor ADMIN =
            SecurityMockMvcRequestPostProcessors.user("admin").roles("ADMIN");
    static final RequestPostProcessor REVIEWER =
            SecurityMockMvcRequestPostProcessors.user("reviewer").roles("REVIEWER");

    static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");
    static final UUID DRAFT = UUID.fromString("00000000-0000-0000-0000-000000000001");

    @Autowired
    MockMvc mvc;

    @Autowired
    Wiring wiring;

    @MockitoBean
    OpenDrafts drafts;

    @MockitoBean
    RunHistory history;

    @MockitoBean
    RunLifecycle lifecycle;

    @MockitoBean
    EventLog events;

    @MockitoBean
    Checkpoints checkpoints;

    @MockitoBean
    DriftWatch drift;

    @MockitoBean
    AccessEnds accessEnds;

    @BeforeEach
    void nothingByDefault() {
        given(history.search(any(), any(), anyInt())).willReturn(new HistoryPage(List.of(), null));
    }

    @Test
    void adminsAndReviewersSeeAccessEndingSoonWithItsEndAndWhetherTheUnwireIsApproved() throws Exception {
        given(accessEnds.endingWithin(HomePage.ACCESS_ENDING_WINDOW, HomePage.ACCESS_ENDING_SHOWN))
                .willReturn(List.of(
                        new AccessEnding(
                                5,
                                "111122223333",
                                "app-task",
                                "555566667777",
                                "<b>reader</b>",
                                Instant.parse("2026-11-30T00:00:00Z"),
                                true,
                                false),
                        new AccessEnding(
                                9,
                                "111122223333",
                                "app-task",
                                "555566667777",
                                "writer",
                                Instant.parse("2026-12-03T12:30:00Z"),
                                false,
                                true)));

        for (RequestPostProcessor who : List.of(ADMIN, REVIEWER)) {
            mvc.perform(get("/").with(who))
                    .andExpect(status().isOk())
                    .andExpect(xpath("//section[@id='access-ending']/h2").string("Access ending soon"))
                    .andExpect(xpath("//tr[@id='access-ending-5']//a/@href").string("/runs/5"))
                    .andExpect(xpath("//tr[@id='access-ending-5']/td[2]")
                            .string("111122223333 / app-task → 555566667777 / <b>reader</b>"))
                    .andExpect(xpath("normalize-space(//tr[@id='access-ending-5']/td[3])")
                            .string("2026-11-30 00:00 UTC ended: AWS refuses the assume"))
                    .andExpect(xpath("//tr[@id='access-ending-5']/td[4]").string("Will wait for an admin's approval"))
                    .andExpect(xpath("//tr[@id='access-ending-9']//*[contains(@class,'access-ended')]")
                            .doesNotExist())
                    .andExpect(xpath("//tr[@id='access-ending-9']/td[4]").string("Approved in advance"))
                    .andExpect(content().string(not(containsString("<b>reader</b>"))));
        }
    }

    @Test
    void withNothingEndingTheListSaysSo() throws Exception {
        mvc.perform(get("/").with(ADMIN))
                .andExpect(xpath("//*[@id='access-ending-none']")
                        .string("No verified wiring's access ends in the next 7 days."));
    }

    @Test
    void operatorsDoNotSeeAccessEndingAndNothingIsReadForThem() throws Exception {
        mvc.perform(get("/").with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("//section[@id='access-ending']").doesNotExist());
        verifyNoInteractions(accessEnds);
    }

    @Test
    void operatorsSeeTheirDraftsToResumeOrDeleteAndTheirRunsByStateWithTheNextAction() throws Exception {
        given(drafts.of(new Actor("operator")))
                .willReturn(List.of(new OpenDraft(
                        DRAFT, Workload.ECS_TASK, "111122223333/<b>src</b>", null, AT, AT.plusSeconds(90))));
        given(history.search(new HistoryFilter(null, null, null, "operator"), null, HomePage.OWN_RUNS))
                .willReturn(new HistoryPage(
                        List.of(
                                summary(3, RunStatus.REJECTED),
                                summary(2, RunStatus.DRAFT),
                                summary(1, RunStatus.DRAFT)),
                        null));

        mvc.perform(get("/").with(OPERATOR))
                .andExpect(status().isOk())
                .andExpect(xpath("//a[@id='start-wizard']/@href").string("/wizard"))
                .andExpect(xpath("//p[@id='intro']").string(containsString("fill in the wizard")))
                .andExpect(xpath("//tr[@id='draft-" + DRAFT + "']/td[1]").string("ECS task"))
                .andExpect(xpath("//tr[@id='draft-" + DRAFT + "']/td[2]").string("111122223333/<b>src</b>"))
                .andExpect(xpath("//tr[@id='draft-" + DRAFT + "']/td[3]").string("not typed yet"))
                .andExpect(xpath("//tr[@id='draft-" + DRAFT + "']//time").string("2026-12-01 10:01 UTC"))
                .andExpect(xpath("//a[@id='resume-" + DRAFT + "']/@href").string("/wizard/" + DRAFT))
                .andExpect(xpath("//form[@id='delete-" + DRAFT + "']/@action").string("/wizard/" + DRAFT + "/delete"))
                .andExpect(xpath("//form[@id='delete-" + DRAFT + "']/@method").string("post"))
                .andExpect(xpath("//form[@id='delete-" + DRAFT + "']/input[@name='_csrf']")
                        .exists())
                // lifecycle order: DRAFT before REJECTED, each with what to do next
                .andExpect(xpath("//section[@id='my-runs-by-state']/section[1]/@id")
                        .string("my-runs-DRAFT"))
                .andExpect(xpath("//section[@id='my-runs-by-state']/section[2]/@id")
                        .string("my-runs-REJECTED"))
                .andExpect(
                        xpath("count(//section[@id='my-runs-DRAFT']//tbody/tr)").number(2.0))
                .andExpect(xpath("//section[@id='my-runs-DRAFT']//tr[@id='my-run-2']")
                        .exists())
                .andExpect(xpath("//section[@id='my-runs-DRAFT']//*[@class='next-action']")
                        .string("Read it, then submit it for approval."))
                .andExpect(xpath("//section[@id='my-runs-REJECTED']//*[@class='next-action']")
                        .string("Read the reason, then copy it into a new wiring."))
                .andExpect(xpath("//a[@id='my-runs']/@href").string("/runs?createdBy=operator"))
                // nothing of the other roles
                .andExpect(xpath("//section[@id='pending']").doesNotExist())
                .andExpect(xpath("//section[@id='integrity']").doesNotExist())
                .andExpect(xpath("//section[@id='failures']").doesNotExist())
                .andExpect(xpath("//a[@id='nav-approvals']").doesNotExist())
                .andExpect(xpath("//*[@id='nav-approvals-count']").doesNotExist());

        verify(lifecycle, never()).countAwaitingApproval();
        verify(lifecycle, never()).awaitingApproval(anyInt());
        verifyNoInteractions(events, checkpoints);
    }

    @Test
    void anOperatorWithNothingYetIsToldSo() throws Exception {
        mvc.perform(get("/").with(OPERATOR))
                .andExpect(xpath("//*[@id='drafts-none']").string("No open drafts."))
                .andExpect(xpath("//*[@id='my-runs-none']").string("You have no runs yet."));
    }

    @Test
    void adminsSeeTheRequestsWaitingForThemWithACountInTheNavigation() throws Exception {
        given(lifecycle.countAwaitingApproval()).willReturn(3L);
        given(lifecycle.awaitingApproval(HomePage.PENDING_SHOWN)).willReturn(List.of(run(42, "operator")));

        mvc.perform(get("/").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(xpath("//a[@id='nav-approvals']/@href").string("/approvals"))
                .andExpect(xpath("//a[@id='nav-approvals']/span[@id='nav-approvals-count']")
                        .string("3"))
                .andExpect(xpath("//li[@id='pending-42']/a/@href").string("/runs/42"))
                .andExpect(xpath("//li[@id='pending-42']").string(containsString("operator")))
                .andExpect(xpath("//a[@id='pending-all']/@href").string("/approvals"))
                // admins also create wirings: their drafts and runs are there too
                .andExpect(xpath("//section[@id='drafts']").exists())
                .andExpect(xpath("//a[@id='my-runs']/@href").string("/runs?createdBy=admin"))
                .andExpect(xpath("//section[@id='integrity']").doesNotExist());
    }

    @Test
    void anAdminWithNothingWaitingSeesZero() throws Exception {
        mvc.perform(get("/").with(ADMIN))
                .andExpect(xpath("//*[@id='nav-approvals-count']").string("0"))
                .andExpect(xpath("//*[@id='pending-none']").string("No request is waiting for approval."));
    }

    @Test
    void reviewersSeeRecentActivityVerificationFailuresAndTheIntegrityStatus() throws Exception {
        given(history.search(HistoryFilter.none(), null, HomePage.RECENT_RUNS))
                .willReturn(new HistoryPage(
                        List.of(summary(9, RunStatus.SUBMITTED), summary(5, RunStatus.VERIFICATION_FAILED)), null));
        given(history.search(
                        new HistoryFilter(null, null, RunStatus.VERIFICATION_FAILED, null),
                        null,
                        HomePage.FAILURES_SHOWN))
                .willReturn(new HistoryPage(List.of(summary(5, RunStatus.VERIFICATION_FAILED)), null));
        given(events.recentAuditEvents(HomePage.RECENT_AUDIT_EVENTS))
                .willReturn(List.of(new AuditEvent(77, "EXPORTED", "reviewer", AT, "{}")));
        given(checkpoints.latest(1)).willReturn(List.of(new Checkpoint(120, "root", "head", AT, "key", "text", "sig")));

        mvc.perform(get("/").with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='integrity-checkpoint']")
                        .string("Latest signed checkpoint: 120 events, issued 2026-12-01 10:00 UTC."))
                .andExpect(xpath("//a[@id='integrity-check']/@href").string("/audit/integrity/check"))
                .andExpect(xpath("//section[@id='failures']//tr[@id='failed-run-5']")
                        .exists())
                .andExpect(xpath("//section[@id='activity']//tr[@id='run-9']").exists())
                // one run in two tables: each row keeps an id of its own
                .andExpect(xpath("count(//*[@id='run-5'])").number(1.0))
                .andExpect(xpath("count(//*[@id='failed-run-5'])").number(1.0))
                .andExpect(xpath("//tr[@id='audit-event-77']/td[2]").string("reviewer"))
                .andExpect(xpath("//tr[@id='audit-event-77']/td[3]/code").string("EXPORTED"))
                .andExpect(xpath("//tr[@id='audit-event-77']/td[3]/span").string("Exported"))
                // reviewers do not fill in the wizard, and are not told to
                .andExpect(xpath("//p[@id='intro']").string(containsString("Read any run")))
                .andExpect(xpath("//a[@id='start-wizard']").doesNotExist())
                .andExpect(xpath("//section[@id='drafts']").doesNotExist())
                .andExpect(xpath("//section[@id='my-runs-by-state']").doesNotExist())
                .andExpect(xpath("//section[@id='pending']").doesNotExist())
                .andExpect(xpath("//*[@id='nav-approvals-count']").doesNotExist());

        verifyNoInteractions(drafts);
        verify(lifecycle, never()).countAwaitingApproval();
    }

    @Test
    void aReviewerSeesWhatDriftedSinceWhenAndWhatChangedEscaped() throws Exception {
        given(drift.drifted(anyInt()))
                .willReturn(List.of(new DriftWatch.Drift(
                        12,
                        Instant.parse("2026-12-04T09:30:00Z"),
                        List.of("destination.trust: UPDATE", "verification trust: <script>x</script>"))));

        mvc.perform(get("/").with(REVIEWER))
                .andExpect(xpath("//tr[@id='drift-run-12']/td[1]/a/@href").string("/runs/12"))
                .andExpect(xpath("//tr[@id='drift-run-12']/td[2]/time").string("2026-12-04 09:30 UTC"))
                .andExpect(xpath("//tr[@id='drift-run-12']/td[3]//li[1]").string("destination.trust: UPDATE"))
                .andExpect(
                        xpath("//tr[@id='drift-run-12']/td[3]//li[2]").string("verification trust: <script>x</script>"))
                .andExpect(content().string(not(containsString("<script>x</script>"))));
    }

    @Test
    void anOperatorIsNotShownTheDriftOfEveryone() throws Exception {
        mvc.perform(get("/").with(OPERATOR)).andExpect(xpath("//*[@id='drift']").doesNotExist());

        verifyNoInteractions(drift);
    }

    @Test
    void aReviewerBeforeAnyCheckpointOrFailureIsToldSo() throws Exception {
        mvc.perform(get("/").with(REVIEWER))
                .andExpect(xpath("//*[@id='integrity-no-checkpoint']").string("No signed checkpoint yet."))
                .andExpect(xpath("//*[@id='failures-none']").string("No run is in verification failed."))
                .andExpect(xpath("//*[@id='drift-none']").exists())
                .andExpect(xpath("//*[@id='runs-none']").string("No runs yet."));
    }

    private static RunSummary summary(long id, RunStatus status) {
        return new RunSummary(
                id, status, Workload.ECS_TASK, "111122223333", "src", "555566667777", "dst", "operator", AT);
    }

    private Run run(long id, String createdBy) {
        WiringInput input = new WiringInput(
                Workload.EC2_INSTANCE,
                "us-east-1",
                new SourceRole("111122223333", "AssumeRoleInA", true),
                new DestinationRole("555566667777", "RoleForB", true, List.of()),
                null,
                new Ec2InstanceOptions("AssumeRoleInA"));
        Preview preview = wiring.preview(input);
        return new Run(
                id,
                RunStatus.SUBMITTED,
                input,
                preview.documents(),
                preview.findings(),
                preview.planHash(),
                createdBy,
                AT);
    }
}
