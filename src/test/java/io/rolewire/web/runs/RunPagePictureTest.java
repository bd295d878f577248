package io.rolewire.web.runs;

import static io.rolewire.web.runs.ApplyFixtures.livePlan;
import static io.rolewire.web.runs.ApplyFixtures.runIn;
import static org.hamcrest.Matchers.containsString;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.runs.RunStatus;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The run page's picture of the wiring (boxes and their marks, from the inputs or the live plan),
 * its order (state, next action, event log first) and its documents collapsed behind summary rows.
 * The run's source role exists; its destination role is created with ReadOnlyAccess attached.
 */
class RunPagePictureTest extends RunPageSliceTest {

    @Test
    void withoutALivePlanTheMarksSayWhatTheApplyWouldCreateWriteOrLeave() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(RunFixtures.run(42, "my-ECS-task-role")));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("//figure[@id='wiring-picture']/@data-live").string("false"))
                .andExpect(xpath("//*[@id='picture-workload']/@data-mark").string("CREATE"))
                .andExpect(xpath("//*[@id='picture-source-role']/@data-mark").string("EXISTING"))
                .andExpect(xpath("//*[@id='picture-source-policy']/@data-mark").string("WRITE"))
                .andExpect(
                        xpath("//*[@id='picture-destination-trust']/@data-mark").string("CREATE"))
                .andExpect(
                        xpath("//*[@id='picture-destination-role']/@data-mark").string("CREATE"))
                .andExpect(xpath("//*[@id='picture-destination-policies']/@data-mark")
                        .string("CREATE"))
                // the mark is written in the box, not only coloured
                .andExpect(xpath("//*[@id='picture-source-role']//*[@class='wiring-badge']")
                        .string(containsString("existing")))
                .andExpect(
                        xpath("//*[@id='picture-source-role']/@class").string(containsString("wiring-mark-existing")))
                .andExpect(xpath("//*[@id='picture-source-role']//*[@class='wiring-box-name']")
                        .string("my-ECS-task-role"))
                .andExpect(xpath("//*[@id='picture-destination-policies']//*[@class='wiring-box-name']")
                        .string("ReadOnlyAccess"))
                .andExpect(xpath("//*[@class='wiring-assume']").string(containsString("sts:AssumeRole")))
                .andExpect(xpath("//*[@id='wiring-picture-caption']//li/@data-mark")
                        .nodeCount(3));
    }

    @Test
    void thePictureIsDescribedForScreenReaders() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(RunFixtures.run(42, "my-ECS-task-role")));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(xpath("//figure[@id='wiring-picture']/*[local-name()='svg']/@role")
                        .string("img"))
                .andExpect(xpath("//figure[@id='wiring-picture']/*[local-name()='svg']/@aria-labelledby")
                        .string("wiring-picture-title wiring-picture-desc"))
                .andExpect(xpath("//*[@id='wiring-picture-title']")
                        .string("How a workload in account 111122223333 assumes a role in account 555566667777"))
                .andExpect(xpath("//*[@id='wiring-picture-desc']")
                        .string(containsString("Task role my-ECS-task-role: existing.")))
                .andExpect(xpath("//*[@id='wiring-picture-desc']")
                        .string(containsString(
                                "calls sts:AssumeRole on the destination role destination-account-role")))
                .andExpect(xpath("//*[@id='picture-source-policy']/*[local-name()='title']")
                        .string("Permission policy: rolewire-assume-555566667777-destination-account-role (write)"));
    }

    @Test
    void aLivePlanBeforeTheApplyMarksCreateUpdateAndUnchanged() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        given(livePlans.latest(42)).willReturn(Optional.of(livePlan()));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(xpath("//figure[@id='wiring-picture']/@data-live").string("true"))
                .andExpect(xpath("//*[@id='picture-source-role']/@data-mark").string("UNCHANGED"))
                .andExpect(xpath("//*[@id='picture-source-policy']/@data-mark").string("CREATE"))
                .andExpect(
                        xpath("//*[@id='picture-destination-trust']/@data-mark").string("UPDATE"))
                .andExpect(xpath("//*[@id='picture-destination-trust']//*[@class='wiring-badge']")
                        .string(containsString("update")));
    }

    @Test
    void afterTheApplyWhatTheLivePlanWouldWriteAgainIsDrift() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.VERIFIED)));
        given(livePlans.latest(42)).willReturn(Optional.of(livePlan()));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(xpath("//*[@id='picture-source-role']/@data-mark").string("UNCHANGED"))
                .andExpect(xpath("//*[@id='picture-source-policy']/@data-mark").string("DRIFT"))
                .andExpect(
                        xpath("//*[@id='picture-destination-trust']/@data-mark").string("DRIFT"))
                .andExpect(xpath("//*[@id='picture-destination-trust']//*[@class='wiring-badge']")
                        .string(containsString("drift")))
                .andExpect(xpath("//*[@id='wiring-picture-caption']//li[@data-mark='DRIFT']")
                        .string(containsString("changed in AWS since this run applied it")));
    }

    @Test
    void thePageLeadsWithStateNextActionAndEventsThenTheDocumentsCollapsed() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(RunFixtures.run(42, "my-ECS-task-role")));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(xpath("//*[@id='next-action']/@data-status").string("DRAFT"))
                .andExpect(xpath("//*[@id='next-action']").string(containsString("submit it for approval")))
                // the event log comes before the picture, the picture before the documents
                .andExpect(xpath("count(//section[@id='events']/following::figure[@id='wiring-picture'])")
                        .number(1.0))
                .andExpect(xpath("count(//figure[@id='wiring-picture']/following::section[@id='documents'])")
                        .number(1.0))
                .andExpect(xpath("//section[@id='documents']//details").nodeCount(3))
                .andExpect(xpath("//section[@id='documents']//details[@open]").nodeCount(0))
                .andExpect(xpath("normalize-space(//details[@id='document-cliProfile']/summary)")
                        .string(containsString("CLI profile")))
                .andExpect(xpath(
                                "//details[@id='document-cliProfile']//*[@class='document-size small text-body-secondary']")
                        .string("2 lines, 35 B"))
                .andExpect(
                        xpath("//details[@id='document-cliProfile']/summary").string(containsString("for you to use")))
                .andExpect(xpath("//details[@id='document-sourcePermissionPolicy']/summary")
                        .string(containsString("written to AWS")))
                .andExpect(xpath("//details[@id='document-cliProfile']//pre[@id='doc-cliProfile']")
                        .string(containsString("role_arn = x")))
                .andExpect(xpath("//a[@id='documents-toggle']/@href").string("/runs/42?expand=true#documents"));
    }

    @Test
    void expandAllWorksWithoutJavaScriptAsALinkThatRendersThemOpen() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(RunFixtures.run(42, "my-ECS-task-role")));

        mvc.perform(get("/runs/42").param("expand", "true").with(REVIEWER))
                .andExpect(xpath("//section[@id='documents']//details[@open]").nodeCount(3))
                .andExpect(xpath("//a[@id='documents-toggle']").string("Collapse all"))
                .andExpect(xpath("//a[@id='documents-toggle']/@href").string("/runs/42#documents"));
    }

    @Test
    void withALivePlanEachDocumentRowSaysWhatTheApplyDoesWithIt() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        given(livePlans.latest(42)).willReturn(Optional.of(livePlan()));

        mvc.perform(get("/runs/42").with(REVIEWER))
                .andExpect(xpath(
                                "//details[@id='document-sourcePermissionPolicy']/summary//span[contains(@class,'plan-change')]")
                        .string("Create"))
                .andExpect(xpath("//details[@id='document-cliProfile']/summary//span[contains(@class,'plan-change')]")
                        .doesNotExist());
    }
}
