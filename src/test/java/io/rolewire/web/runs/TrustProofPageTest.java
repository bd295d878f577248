package io.rolewire.web.runs;

import static io.rolewire.web.runs.ApplyFixtures.livePlan;
import static io.rolewire.web.runs.ApplyFixtures.runIn;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.xpath;

import io.rolewire.apply.LivePlan;
import io.rolewire.apply.PlanFinding;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Severity;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Access Analyzer's proof of a merge on the run page: labelled as its own, AWS's reasons escaped. */
class TrustProofPageTest extends RunPageSliceTest {

    private static final String SCRIPT = "<script>alert('reason')</script>";

    private static LivePlan withFindings(PlanFinding... findings) {
        LivePlan plan = livePlan();
        return new LivePlan(
                plan.runId(),
                plan.hash(),
                plan.readAt(),
                plan.awsAccess(),
                plan.accounts(),
                plan.resources(),
                List.of(findings));
    }

    private static PlanFinding analyzer(Severity severity, String code, String message) {
        return new PlanFinding(
                PlanFinding.ACCESS_ANALYZER, "destination.trust", severity, code, severity.name(), message);
    }

    @Test
    void theProofAndWhatItFoundAreShownAsAccessAnalyzersWithTheirReasonsEscaped() throws Exception {
        given(runs.find(42)).willReturn(Optional.of(runIn(RunStatus.SUBMITTED)));
        given(livePlans.latest(42))
                .willReturn(Optional.of(withFindings(
                        analyzer(Severity.INFO, "TRUST_MERGE_PROVEN", "Access Analyzer proved it."),
                        analyzer(Severity.WARNING, "TRUST_MERGE_REMOVES_ACCESS", "Could not prove. " + SCRIPT),
                        analyzer(Severity.ERROR, "TRUST_PUBLIC_ACCESS", "Anyone may assume it."))));

        mvc.perform(get("/runs/42").with(ADMIN))
                .andExpect(status().isOk())
                .andExpect(xpath("//div[@data-origin='IAM Access Analyzer']/h4").string("Found by IAM Access Analyzer"))
                .andExpect(
                        xpath("//div[@data-origin='IAM Access Analyzer']//li").nodeCount(3))
                .andExpect(xpath("//div[@data-origin='IAM Access Analyzer']//li[1]/span[1]")
                        .string("Info"))
                .andExpect(xpath("//div[@data-origin='IAM Access Analyzer']//li[1]/code")
                        .string("TRUST_MERGE_PROVEN"))
                .andExpect(xpath("//div[@data-origin='IAM Access Analyzer']//li[3]/span[1]/@class")
                        .string(containsString("severity-ERROR")))
                .andExpect(xpath("//div[@data-origin='IAM Access Analyzer']//li[3]/span[3]")
                        .string("on the destination role's trust policy"))
                .andExpect(content().string(not(containsString("<script>alert"))))
                .andExpect(content()
                        .string(containsString(
                                "Could not prove. &lt;script&gt;alert(&#39;reason&#39;)&lt;/script&gt;")));
    }
}
