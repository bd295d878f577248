package io.rolewire.web.roles;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.runs.Actor;
import io.rolewire.runs.Runs;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A destination role wired to two source roles (one applied twice, one only drafted) and used as a
 * source elsewhere: the page lists every run and, in force, only the newest applied per counterpart.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WhereIsThisRoleWiredTest {

    static final RequestPostProcessor REVIEWER = user("reviewer").roles("REVIEWER");
    static final String DESTINATION = "shared-reader-" + System.nanoTime();

    @Autowired
    MockMvc mvc;

    @Autowired
    Runs runs;

    @Autowired
    Wiring wiring;

    @Autowired
    JdbcClient jdbc;

    @Test
    void listsEveryRunAndTheNewestAppliedWiringPerCounterpart() throws Exception {
        long oldApply = saved("111122223333", "team-a", "555566667777", DESTINATION, "APPLIED");
        long newApply = saved("111122223333", "team-a", "555566667777", DESTINATION, "VERIFIED");
        long draft = saved("222233334444", "team-b", "555566667777", DESTINATION, "DRAFT");
        long asSource = saved("555566667777", DESTINATION, "999988887777", "elsewhere", "DRAFT");
        long otherAccount = saved("111122223333", "team-a", "444455556666", DESTINATION, "VERIFIED");

        mvc.perform(get("/roles")
                        .param("arn", "arn:aws:iam::555566667777:role/" + DESTINATION)
                        .with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='in-force']//li").nodeCount(1))
                .andExpect(xpath("//*[@id='in-force-" + newApply + "']").string(containsString("team-a")))
                .andExpect(xpath("//*[@id='role-runs']//tbody/tr").nodeCount(4))
                .andExpect(xpath("//*[@id='role-run-" + oldApply + "']").exists())
                .andExpect(xpath("//*[@id='role-run-" + draft + "']").exists())
                .andExpect(xpath("//*[@id='role-run-" + asSource + "']").string(containsString("assumes")))
                .andExpect(xpath("//*[@id='role-run-" + otherAccount + "']").doesNotExist());
    }

    @Test
    void aWiringThatFailedVerificationIsStillInForceWithItsStatus() throws Exception {
        saved("111122223333", "team-c", "555566667777", "checked", "VERIFIED");
        long drifted = saved("111122223333", "team-c", "555566667777", "checked", "VERIFICATION_FAILED");

        mvc.perform(get("/roles")
                        .param("arn", "arn:aws:iam::555566667777:role/checked")
                        .with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='in-force']//li").nodeCount(1))
                .andExpect(xpath("//*[@id='in-force-" + drifted + "']//*[contains(@class,'run-status')]")
                        .string(containsString("erification")));
    }

    @Test
    void somethingThatIsNotARoleArnIsExplainedNextToTheField() throws Exception {
        mvc.perform(get("/roles")
                        .param("arn", "arn:aws:iam::1111222233334444:role/r")
                        .with(REVIEWER))
                .andExpect(status().isOk())
                .andExpect(xpath("//*[@id='arn-error']").string(containsString("12-digit")))
                .andExpect(xpath("//*[@id='role-runs']").doesNotExist());
    }

    private long saved(String sourceAccount, String sourceRole, String destAccount, String destRole, String status) {
        WiringInput input = new WiringInput(
                Workload.ECS_TASK,
                "us-east-1",
                new SourceRole(sourceAccount, sourceRole, false),
                new DestinationRole(destAccount, destRole, false, List.of()),
                new EcsTaskOptions("family", "app", "your-test-image", 100, 200, LaunchType.EC2, null, false),
                null);
        long id = runs.createDraft(input, wiring.preview(input), new Actor("operator"))
                .id();
        // the apply work moves runs on; here the status history reads is set directly
        jdbc.sql("update history_runs set status = :status where id = :id")
                .param("status", status)
                .param("id", id)
                .update();
        return id;
    }
}
