package io.rolewire.apply;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.testsupport.FlociAccount;
import io.rolewire.testsupport.aws.AccessAnalyzerStub;
import io.rolewire.testsupport.aws.AccessAnalyzerStub.Reason;
import io.rolewire.testsupport.aws.ProxiedCall;
import io.rolewire.wiring.Severity;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import java.util.List;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Access Analyzer's proof of a merge, in the live plan of a run whose destination role exists in
 * Floci: the {@code AccessAnalyzerStub} (behind the proxy) stands in for Access Analyzer, which
 * Floci lacks, and keeps the documents it was asked to compare.
 */
class FlociTrustProofTest extends FlociApplyContext {

    private static final String LIVE_TRUST =
            "{\"Version\":\"2012-10-17\",\"Statement\":[" + FlociApplyScenariosTest.KEEP_ME + "]}";
    private static final String PROVEN = "TRUST_MERGE_PROVEN";

    private static List<PlanFinding> analyzerFindings(LivePlan plan) {
        return plan.findings().stream()
                .filter(f -> f.origin().equals(PlanFinding.ACCESS_ANALYZER))
                .toList();
    }

    @Test
    void theApproverSeesAccessAnalyzersProofThatTheMergeAddsOnlyOurStatement() {
        proxy().route("access-analyzer", analyzer().endpoint());
        Scenario s = Scenario.of(31);
        createRole(s.destination(), s.destinationRole(), LIVE_TRUST);
        WiringInput input = s.seed003(true, false);

        Run run = approved(input);

        LivePlan plan = plans.latest(run.id()).orElseThrow();
        PlannedResource trust = resource(plan, "destination.trust");
        assertThat(trust.change()).isEqualTo(Change.UPDATE);
        assertThat(analyzerFindings(plan))
                .filteredOn(f -> f.code().equals(PROVEN))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.documentKey()).isEqualTo("destination.trust");
                });
        // the live trust and the merged one without our statement, compared both ways (by each plan
        // read: the one the approver saw, and the approval's own)
        String liveRest = new Wiring()
                .trustWithoutOurStatement(trust.liveDocument(), input)
                .orElseThrow()
                .document();
        String mergedRest = new Wiring()
                .trustWithoutOurStatement(trust.desiredDocument(), input)
                .orElseThrow()
                .document();
        assertThat(mergedRest).contains("KeepMe").doesNotContain(s.sourceRoleArn());
        assertThat(analyzer().received(AccessAnalyzerStub.CHECK_NO_NEW_ACCESS))
                .extracting(r -> List.of(r.field("newPolicyDocument"), r.field("existingPolicyDocument")))
                .contains(List.of(mergedRest, liveRest), List.of(liveRest, mergedRest))
                .containsOnly(List.of(mergedRest, liveRest), List.of(liveRest, mergedRest));
        assertThat(analyzer().received(AccessAnalyzerStub.CHECK_NO_PUBLIC_ACCESS))
                .isNotEmpty()
                .allSatisfy(r -> assertThat(r.field("policyDocument"))
                        .isEqualTo(trust.desiredDocument())
                        .contains(s.sourceRoleArn(), "KeepMe"));
        // asked with the destination account's credentials, granted by its deployer policy
        assertThat(callsOf(s))
                .filteredOn(c -> c.action().startsWith("CheckNo"))
                .extracting(ProxiedCall::action)
                .contains("CheckNoNewAccess", "CheckNoPublicAccess");
        assertThat(callsOf(s))
                .filteredOn(c -> c.action().startsWith("CheckNo"))
                .allSatisfy(c -> assertThat(c.account()).isEqualTo(s.destination()));
    }

    @Test
    void theApplyKeepsTheApprovedProofWithoutAskingAgain() {
        proxy().route("access-analyzer", analyzer().endpoint());
        Scenario s = Scenario.of(32);
        createRole(s.destination(), s.destinationRole(), LIVE_TRUST);
        Run run = approved(s.seed003(true, false));
        int asked = analyzer().received(AccessAnalyzerStub.CHECK_NO_NEW_ACCESS).size();

        applies.apply(run.id(), OPERATOR);

        assertThat(settle(run.id()).status()).isEqualTo(RunStatus.VERIFIED);
        assertThat(analyzer().received(AccessAnalyzerStub.CHECK_NO_NEW_ACCESS)).hasSize(asked);
        assertThat(analyzerFindings(plans.latest(run.id()).orElseThrow()))
                .extracting(PlanFinding::code)
                .contains(PROVEN);
    }

    @Test
    void aProofThatFailsShowsAccessAnalyzersReasonsAndStillLetsTheApproverDecide() {
        proxy().route("access-analyzer", analyzer().endpoint());
        analyzer()
                .fails(
                        AccessAnalyzerStub.CHECK_NO_NEW_ACCESS,
                        "The modified permissions grant new access.",
                        new Reason("Principal ec2.amazonaws.com gains sts:AssumeRole.", null, "KeepMe"))
                .fails(AccessAnalyzerStub.CHECK_NO_PUBLIC_ACCESS, "Public.", new Reason("Anyone.", 0, null));
        Scenario s = Scenario.of(33);
        createRole(s.destination(), s.destinationRole(), LIVE_TRUST);

        Run run = approved(s.seed003(true, false));

        List<PlanFinding> findings = analyzerFindings(plans.latest(run.id()).orElseThrow());
        assertThat(findings).extracting(PlanFinding::code).doesNotContain(PROVEN);
        assertThat(findings)
                .filteredOn(f -> f.code().equals("TRUST_MERGE_ADDS_ACCESS"))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message())
                            .contains(
                                    "The modified permissions grant new access.",
                                    "Principal ec2.amazonaws.com gains sts:AssumeRole. (statement KeepMe)");
                });
        assertThat(findings).extracting(PlanFinding::code).contains("TRUST_MERGE_REMOVES_ACCESS");
        assertThat(findings)
                .filteredOn(f -> f.code().equals("TRUST_PUBLIC_ACCESS"))
                .singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.ERROR));
        assertThat(run.status()).isEqualTo(RunStatus.APPROVED);
    }

    @Test
    void anAnalyzerThatIsNotThereIsSaidOnceForTheWholePlanAndTheMergeIsStillApprovable() {
        // not routed to the stub: Floci answers every Access Analyzer call 404 UnknownOperationException
        Scenario s = Scenario.of(34);
        createRole(s.destination(), s.destinationRole(), LIVE_TRUST);

        Run run = approved(s.seed003(true, false));

        assertThat(analyzerFindings(plans.latest(run.id()).orElseThrow()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.INFO);
                    assertThat(f.message()).contains("did not answer");
                });
        assertThat(callsOf(s))
                .filteredOn(c -> c.service().equals("access-analyzer"))
                .extracting(ProxiedCall::action)
                .contains("ValidatePolicy", "CheckNoNewAccess", "CheckNoPublicAccess");
        assertThat(run.status()).isEqualTo(RunStatus.APPROVED);
    }

    @Test
    void aDeniedCheckNamesTheActionOnce() {
        proxy().route("access-analyzer", analyzer().endpoint());
        analyzer().errs(AccessAnalyzerStub.CHECK_NO_NEW_ACCESS, 403, "AccessDeniedException", "Not authorized.");
        Scenario s = Scenario.of(35);
        createRole(s.destination(), s.destinationRole(), LIVE_TRUST);

        Run run = approved(s.seed003(true, false));

        assertThat(analyzerFindings(plans.latest(run.id()).orElseThrow()))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.code()).isEqualTo("ANALYZER_DENIED");
                    assertThat(f.message()).contains("access-analyzer:CheckNoNewAccess");
                });
        assertThat(run.status()).isEqualTo(RunStatus.APPROVED);
    }

    private static void createRole(String account, String name, String trust) {
        try (IamClient iam = FlociAccount.root(account).iam()) {
            iam.createRole(r -> r.roleName(name).assumeRolePolicyDocument(trust));
        }
    }
}
