package io.rolewire.web.runs;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.runs.Actor;
import io.rolewire.runs.Run;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

/** A reviewer compares two stored runs whose source roles differ. */
@SpringBootTest
@AutoConfigureMockMvc
class ComparePageTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    Runs runs;

    @Autowired
    Wiring wiring;

    @Test
    void showsWhichDocumentsChangedAndTheChangedLinesSideBySide() throws Exception {
        long first = saved("team-a-task-role");
        long second = saved("team-b-task-role");

        mvc.perform(get("/runs/compare")
                        .param("left", String.valueOf(first))
                        .param("right", String.valueOf(second))
                        .with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='compare-destinationTrustPolicy']//*[contains(@class,'compare-changed')]")
                        .exists())
                .andExpect(xpath("//*[@id='compare-sourcePermissionPolicy']//*[contains(@class,'compare-same')]")
                        .exists())
                .andExpect(xpath("//*[@id='compare-destinationTrustPolicy']//tr[contains(@class,'diff-changed')]"
                                + "/td[@class='diff-right']")
                        .string(containsString("team-b-task-role")));
    }

    @Test
    void byDefaultOnlyTheDifferencesTheInputsThatChangedAndTheUnchangedDocumentsCollapsed() throws Exception {
        long first = saved("team-d-task-role");
        long second = saved("team-e-task-role");

        mvc.perform(get("/runs/compare")
                        .param("left", String.valueOf(first))
                        .param("right", String.valueOf(second))
                        .with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(xpath("//tr[contains(@class,'compare-input')]").nodeCount(1))
                .andExpect(xpath("//tr[@data-input='inputs.source']/td[1]").string("team-d-task-role"))
                .andExpect(xpath("//tr[@data-input='inputs.source']/td[2]").string("team-e-task-role"))
                .andExpect(xpath("//section[@id='compare-documents']/details[not(@open)]")
                        .doesNotExist())
                // unchanged documents: listed by name, collapsed, their content not repeated
                .andExpect(xpath("//details[@id='compare-same' and not(@open)]").exists())
                .andExpect(xpath("//details[@id='compare-same']//li[@id='compare-sourcePermissionPolicy']")
                        .exists())
                .andExpect(xpath("//details[@id='compare-same']//pre").doesNotExist())
                // the lines shown are the stored text: the left one is the first run's stored line
                .andExpect(xpath("//*[@id='compare-destinationTrustPolicy']//tr[contains(@class,'diff-changed')]"
                                + "/td[@class='diff-left']")
                        .string(containsString("team-d-task-role")))
                .andExpect(xpath("//a[@id='compare-full-toggle']/@href")
                        .string("/runs/compare?left=" + first + "&right=" + second + "&full=true"));
    }

    @Test
    void twoRunsTickedInTheHistoryAreComparedOlderFirst() throws Exception {
        long first = saved("team-f-task-role");
        long second = saved("team-g-task-role");

        mvc.perform(get("/runs/compare")
                        .param("run", String.valueOf(second))
                        .param("run", String.valueOf(first))
                        .with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(xpath("//input[@id='left']/@value").string(String.valueOf(first)))
                .andExpect(xpath("//input[@id='right']/@value").string(String.valueOf(second)))
                .andExpect(xpath("//tr[@data-input='inputs.source']/td[2]").string("team-g-task-role"));
    }

    @Test
    void oneTickedRunIsAMessageNotAComparison() throws Exception {
        long first = saved("team-h-task-role");

        mvc.perform(get("/runs/compare")
                        .param("run", String.valueOf(first))
                        .with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(
                        xpath("//*[@id='error-summary']").string(containsString("Tick two runs to compare (1 ticked)")))
                .andExpect(xpath("//*[@id='compare-documents']").doesNotExist());
    }

    @Test
    void theHistoryOffersATickPerRowAndAGetFormToCompare() throws Exception {
        long run = saved("team-i-task-role");

        mvc.perform(get("/runs").with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(xpath("//form[@id='compare-selected']/@method").string("get"))
                .andExpect(xpath("//form[@id='compare-selected']/@action").string("/runs/compare"))
                .andExpect(xpath("//input[@id='tick-" + run + "']/@form").string("compare-selected"))
                .andExpect(xpath("//input[@id='tick-" + run + "']/@name").string("run"));
    }

    @Test
    void anUnknownRunIsAMessageNextToItsField() throws Exception {
        long first = saved("team-c-task-role");

        mvc.perform(get("/runs/compare")
                        .param("left", String.valueOf(first))
                        .param("right", "999999")
                        .with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='right-error']").string(containsString("There is no run #999999")));
    }

    @Test
    void lettersInARunNumberAreRefusedWithoutAnError500() throws Exception {
        mvc.perform(get("/runs/compare")
                        .param("left", "abc")
                        .param("right", "<script>")
                        .with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='left-error']").string(containsString("digits only")))
                .andExpect(xpath("//input[@id='right']/@value").string("<script>"));
    }

    @Test
    void aChangedEndOfAccessIsAChangedInputAndAChangedTrust() throws Exception {
        long first = saved("team-f-task-role", null);
        long second = saved("team-f-task-role", Instant.parse("2099-01-31T00:00:00Z"));

        mvc.perform(get("/runs/compare")
                        .param("left", String.valueOf(first))
                        .param("right", String.valueOf(second))
                        .with(user("reviewer").roles("REVIEWER")))
                .andExpect(status().isOk())
                .andExpect(xpath("//tr[contains(@class,'compare-input')]").nodeCount(1))
                .andExpect(xpath("//tr[@data-input='inputs.accessUntil']/td[1]").string(""))
                .andExpect(xpath("//tr[@data-input='inputs.accessUntil']/td[2]").string("2099-01-31T00:00:00Z"))
                .andExpect(xpath("//*[@id='compare-destinationTrustPolicy']//*[contains(@class,'compare-changed')]")
                        .exists());
    }

    private long saved(String sourceRole) {
        return saved(sourceRole, null);
    }

    private long saved(String sourceRole, Instant accessUntil) {
        WiringInput input = new WiringInput(
                Workload.ECS_TASK,
                "us-east-1",
                new SourceRole("111122223333", sourceRole, false),
                new DestinationRole("555566667777", "destination-account-role", false, List.of()),
                new EcsTaskOptions("family", "app", "your-test-image", 100, 200, LaunchType.EC2, null, false),
                null,
                accessUntil);
        Run run = runs.createDraft(input, wiring.preview(input), new Actor("operator"));
        return run.id();
    }
}
