package io.rolewire.web.runs;

import static io.rolewire.web.runs.RunFixtures.created;
import static io.rolewire.web.runs.RunFixtures.run;
import static io.rolewire.web.runs.RunFixtures.summary;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.apply.Applies;
import io.rolewire.apply.LivePlans;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.HistoryExports;
import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunHistory;
import io.rolewire.audit.RunSummary;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.security.SecurityTestImports;
import io.rolewire.web.FlashMessage;
import io.rolewire.web.WebTestConfiguration;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.WiringInput;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

@WebMvcTest(controllers = {RunsController.class})
@Import({SecurityTestImports.class, WebTestConfiguration.class})
class RunsPagesTest {

    static final RequestPostProcessor REVIEWER = user("reviewer").roles("REVIEWER");
    static final RequestPostProcessor OPERATOR = user("operator").roles("OPERATOR");

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
    void historyShowsRowsNewestFirstWithLinksAndAnOlderLink() throws Exception {
        given(history.search(any(), isNull(), anyInt()))
                .willReturn(
                        new HistoryPage(List.of(summary(42, RunStatus.DRAFT), summary(41, RunStatus.APPLIED)), 41L));

        mvc.perform(get("/runs").with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("//title").string("History · Rolewire"))
                .andExpect(xpath("//table/tbody/tr").nodeCount(2))
                .andExpect(xpath("//table/tbody/tr[1]/@id").string("run-42"))
                .andExpect(xpath("//tr[@id='run-42']//a/@href").string("/runs/42"))
                .andExpect(xpath("//tr[@id='run-42']/td[2]").string("Draft"))
                .andExpect(xpath("//tr[@id='run-41']/td[2]").string("Applied"))
                .andExpect(xpath("//tr[@id='run-42']/td[3]").string("ECS task"))
                .andExpect(xpath("//tr[@id='run-42']/td[4]").string(containsString("111122223333")))
                .andExpect(xpath("//tr[@id='run-42']/td[4]").string(containsString("my-ECS-task-role")))
                .andExpect(xpath("//tr[@id='run-42']/td[5]").string(containsString("destination-account-role")))
                .andExpect(xpath("//tr[@id='run-42']/td[6]").string("operator"))
                .andExpect(xpath("//tr[@id='run-42']/td[7]").string("2026-11-22 15:37 UTC"))
                .andExpect(xpath("//a[@id='older']/@href").string("/runs?before=41"))
                .andExpect(xpath("//a[@id='newest']").doesNotExist());
        verify(history).search(HistoryFilter.none(), null, HistoryQuery.PAGE_SIZE);
    }

    @Test
    void anOlderPageKeepsTheFiltersAndLinksBackToTheNewest() throws Exception {
        given(history.search(any(), eq(41L), anyInt()))
                .willReturn(new HistoryPage(List.of(summary(40, RunStatus.DRAFT)), null));

        mvc.perform(get("/runs")
                        .param("accountId", "111122223333")
                        .param("status", "DRAFT")
                        .param("before", "41")
                        .with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("//a[@id='older']").doesNotExist())
                .andExpect(xpath("//a[@id='newest']/@href").string("/runs?accountId=111122223333&status=DRAFT"))
                .andExpect(xpath("//input[@id='accountId']/@value").string("111122223333"))
                .andExpect(
                        xpath("//select[@id='status']/option[@selected]/@value").string("DRAFT"));
        verify(history)
                .search(new HistoryFilter("111122223333", null, RunStatus.DRAFT, null), 41L, HistoryQuery.PAGE_SIZE);
    }

    @Test
    void badFilterValuesAreShownNextToTheFieldAndInTheSummaryWithNoRows() throws Exception {
        mvc.perform(get("/runs")
                        .param("status", "EXPLODED")
                        .param("accountId", "12ab")
                        .param("roleName", "app")
                        .param("before", "abc")
                        .with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("normalize-space(//*[@id='status-error'])").string("Choose a status from the list."))
                .andExpect(xpath("//select[@id='status']/@aria-describedby").string("status-error"))
                .andExpect(xpath("normalize-space(//*[@id='accountId-error'])")
                        .string("An account ID has up to 12 digits."))
                .andExpect(
                        xpath("//*[@id='error-summary']//a[@href='#accountId']").exists())
                .andExpect(xpath("//input[@id='accountId']/@value").string("12ab"))
                .andExpect(xpath("//details[@id='more-filters']/@open").exists())
                .andExpect(xpath("//*[@id='runs-filter-invalid']").exists())
                .andExpect(xpath("//table").doesNotExist())
                .andExpect(xpath("//*[@id='runs-count']").doesNotExist())
                .andExpect(xpath("//a[@id='export-csv']").doesNotExist())
                .andExpect(xpath("//a[@href='/runs']").exists());
        verify(history, never()).search(any(), any(), anyInt());
        verify(history, never()).count(any(), anyInt());
    }

    @Test
    void theSearchBoxIsOpenOtherFiltersAreCollapsedUntilOneIsSet() throws Exception {
        given(history.search(any(), any(), anyInt())).willReturn(new HistoryPage(List.of(), null));

        mvc.perform(get("/runs").param("text", "pay").with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("//input[@id='text']/@value").string("pay"))
                .andExpect(xpath("//details[@id='more-filters']//input[@id='text']")
                        .doesNotExist())
                .andExpect(xpath("//details[@id='more-filters']//select[@id='status']")
                        .exists())
                .andExpect(xpath("//details[@id='more-filters']/@open").doesNotExist());
        mvc.perform(get("/runs").param("status", "DRAFT").with(REVIEWER))
                .andExpect(xpath("//details[@id='more-filters']/@open").exists());
    }

    @Test
    void anUnwireSaysWhichWiringItUndoesInTheList() throws Exception {
        RunSummary unwire = summary(43, RunStatus.SUBMITTED, null, 42L);
        given(history.search(any(), any(), anyInt()))
                .willReturn(new HistoryPage(List.of(unwire, summary(42, RunStatus.VERIFIED)), null));

        mvc.perform(get("/runs").with(REVIEWER))
                .andExpect(xpath("normalize-space(//tr[@id='run-43']/td[1])").string("#43 un-wires #42"))
                .andExpect(xpath("//tr[@id='run-42']//*[contains(@class,'run-kind-unwire')]")
                        .doesNotExist());
    }

    @Test
    void theRowCountAndTheApproverAreShown() throws Exception {
        RunSummary approved = summary(42, RunStatus.APPROVED, "admin", null);
        given(history.search(any(), any(), anyInt()))
                .willReturn(new HistoryPage(List.of(approved, summary(41, RunStatus.DRAFT)), null));
        given(history.count(any(), anyInt())).willReturn(2L);

        mvc.perform(get("/runs").with(REVIEWER))
                .andExpect(xpath("//*[@id='runs-count']").string("2 runs match"))
                .andExpect(xpath("//table/thead/tr/th[8]").string("Approved by"))
                .andExpect(xpath("//tr[@id='run-42']/td[8]").string("admin"))
                .andExpect(xpath("//tr[@id='run-41']/td[8]").string("–"));
        verify(history).count(HistoryFilter.none(), HistoryQuery.COUNTED_UP_TO);

        given(history.count(any(), anyInt())).willReturn((long) HistoryQuery.COUNTED_UP_TO + 1);
        mvc.perform(get("/runs").with(REVIEWER))
                .andExpect(xpath("//*[@id='runs-count']").string("More than 1,000 runs match"));
        given(history.count(any(), anyInt())).willReturn(1L);
        mvc.perform(get("/runs").with(REVIEWER))
                .andExpect(xpath("//*[@id='runs-count']").string("1 run matches"));
    }

    @Test
    void aRunShowsInputsDocumentsFindingsHashAndEvents() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(run(42, "my-ECS-task-role")));
        given(events.eventsOf(42)).willReturn(List.of(created(42)));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("//title").string("Run #42 · Rolewire"))
                .andExpect(xpath("//h1").string("Run #42"))
                .andExpect(xpath("//h1/following-sibling::span[1]").string("Draft"))
                .andExpect(xpath("//*[@id='run-created']").string(containsString("operator")))
                .andExpect(xpath("//dl[@id='inputs']").string(containsString("verify-assume-cross-account-role")))
                .andExpect(xpath("//dl[@id='inputs']").string(containsString("arn:aws:iam::aws:policy/ReadOnlyAccess")))
                .andExpect(xpath("//pre[@id='doc-sourcePermissionPolicy']")
                        .string(containsString("arn:aws:iam::555566667777:role/my-ECS-task-role")))
                .andExpect(xpath("//pre[@id='doc-cliProfile']").string(containsString("[profile destination]")))
                .andExpect(xpath("//a[@id='download-sourcePermissionPolicy']/@href")
                        .string("/runs/42/documents/sourcePermissionPolicy"))
                .andExpect(xpath("//button[@data-copy-target='doc-sourcePermissionPolicy']")
                        .exists())
                // most severe group first
                .andExpect(xpath("//section[@id='findings']/div[1]/@id").string("findings-WARNING"))
                .andExpect(xpath("//*[@id='findings-WARNING']").string(containsString("TRUST_ROOT_PRINCIPAL")))
                .andExpect(xpath("//*[@id='findings-INFO']").string(containsString("INFO_CODE")))
                .andExpect(xpath("//*[@id='findings-ERROR']").doesNotExist())
                .andExpect(xpath("//*[@id='plan-hash']/code").string("a1b2c3"))
                // the event in words, its code beside
                .andExpect(xpath("//tr[@id='event-7']/td[2]/span").string("Created as a draft"))
                .andExpect(xpath("//tr[@id='event-7']/td[2]/code").string("CREATED"))
                .andExpect(xpath("//tr[@id='event-7']/td[3]").string("operator"))
                .andExpect(
                        xpath("//tr[@id='event-7']//*[@class='event-summary']").string("planHash: a1b2c3"))
                .andExpect(xpath("//tr[@id='event-7']//code[@class='event-detail']")
                        .string("{\"planHash\":\"a1b2c3\"}"));
    }

    @Test
    void theFlashOfTheSaveIsShownOnceOnTheRunPage() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(run(42, "my-ECS-task-role")));
        given(events.eventsOf(42)).willReturn(List.of());

        mvc.perform(get("/runs/42")
                        .flashAttr(
                                FlashMessage.ATTRIBUTE, new FlashMessage("success", "runs.flash.saved", List.of("42")))
                        .with(OPERATOR))
                .andExpect(xpath("//*[@id='flash']").string("Run #42 saved as draft"))
                .andExpect(xpath("//*[@id='flash']/@class").string(containsString("alert-success")));
        mvc.perform(get("/runs/42").with(OPERATOR))
                .andExpect(xpath("//*[@id='flash']").doesNotExist());
    }

    @Test
    void theRunPageOffersTheDocumentsAsTerraformAndCloudFormation() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(run(42, "my-ECS-task-role")));
        given(events.eventsOf(42)).willReturn(List.of());

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(xpath("//*[@id='export-as-code-title']").string("Export as code"))
                .andExpect(xpath("//a[@id='export-terraform']/@href").string("/runs/42/export/terraform"))
                .andExpect(xpath("//a[@id='export-terraform']").string("Terraform (zip)"))
                .andExpect(xpath("//a[@id='export-cloudformation']/@href").string("/runs/42/export/cloudformation"))
                // the run creates its destination role: both formats write it whole, nothing to explain
                .andExpect(xpath("//*[@id='export-existing-role']").doesNotExist());
    }

    @Test
    void forAnExistingDestinationRoleThePageSaysHowEachFormatHandlesItsTrust() throws Exception {
        Run stored = run(44, "my-ECS-task-role");
        WiringInput input = stored.input();
        WiringInput existing = new WiringInput(
                input.workload(),
                input.region(),
                input.source(),
                new DestinationRole("555566667777", "destination-account-role", false, List.of()),
                input.ecs(),
                input.ec2());
        given(runs.find(44))
                .willReturn(Optional.of(new Run(
                        44,
                        stored.status(),
                        existing,
                        stored.documents(),
                        stored.findings(),
                        stored.planHash(),
                        stored.createdBy(),
                        stored.createdAt())));
        given(events.eventsOf(44)).willReturn(List.of());

        mvc.perform(get("/runs/44").with(OPERATOR))
                .andExpect(xpath("//*[@id='export-existing-role']")
                        .string(containsString("The destination role destination-account-role exists.")))
                .andExpect(xpath("//*[@id='export-existing-role']")
                        .string(containsString("CloudFormation cannot merge into an existing role's trust")))
                .andExpect(xpath("//*[@id='export-existing-role']")
                        .string(containsString("merges our statement into its live trust policy")));
    }

    @Test
    void documentContentIsEscapedNeverMarkup() throws Exception {
        given(runs.find(43)).willReturn(Optional.of(run(43, "<script>alert(1)</script>")));
        given(events.eventsOf(43)).willReturn(List.of());

        mvc.perform(get("/runs/43").with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("<script>alert(1)</script>"))))
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(xpath("//pre[@id='doc-sourcePermissionPolicy']/*").doesNotExist());
    }

    @Test
    void documentsDownloadAsAttachmentsWithTheirContentType() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(run(42, "my-ECS-task-role")));

        mvc.perform(get("/runs/42/documents/sourcePermissionPolicy").with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/json;charset=UTF-8"))
                .andExpect(
                        header().string("Content-Disposition", "attachment; filename=\"sourcePermissionPolicy.json\""))
                .andExpect(content().string(containsString("my-ECS-task-role")));
        mvc.perform(get("/runs/42/documents/cliProfile").with(REVIEWER))
                .andExpect(header().string("Content-Type", "text/plain;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"cliProfile.ini\""));
        mvc.perform(get("/runs/42/documents/cliScript").with(REVIEWER))
                .andExpect(header().string("Content-Type", "text/x-shellscript;charset=UTF-8"))
                .andExpect(header().string("Content-Disposition", "attachment; filename=\"cliScript.sh\""));
    }

    @Test
    void unknownRunsAndDocumentsAreTheNotFoundPage() throws Exception {
        given(runs.find(99)).willReturn(Optional.empty());
        given(runs.find(42)).willReturn(Optional.of(run(42, "my-ECS-task-role")));

        mvc.perform(get("/runs/99").with(REVIEWER))
                .andExpect(status().isNotFound())
                .andExpect(xpath("//h1").string("Not found"));
        mvc.perform(get("/runs/abc").with(REVIEWER))
                .andExpect(status().isNotFound())
                .andExpect(xpath("//h1").string("Not found"));
        mvc.perform(get("/runs/42/documents/nope").with(REVIEWER)).andExpect(status().isNotFound());
        mvc.perform(get("/runs/99/documents/sourcePermissionPolicy").with(REVIEWER))
                .andExpect(status().isNotFound());
    }

    @Test
    void anonymousIsSentToLogin() throws Exception {
        mvc.perform(get("/runs/42")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/")).andExpect(redirectedUrl("/login"));
    }
}
