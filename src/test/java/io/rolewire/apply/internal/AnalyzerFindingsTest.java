package io.rolewire.apply.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.apply.Change;
import io.rolewire.apply.PlanFinding;
import io.rolewire.apply.PlannedResource;
import io.rolewire.apply.Side;
import io.rolewire.aws.AccessCheck;
import io.rolewire.aws.PolicyValidation;
import io.rolewire.testsupport.Seed003;
import io.rolewire.wiring.Severity;
import io.rolewire.wiring.WiringInput;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Access Analyzer's findings in the live plan, over a scripted analyzer: the proof of a merge above all. */
class AnalyzerFindingsTest {

    private static final String KEEP = "{\"Sid\":\"Keep\",\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}";
    private static final String LIVE = "{\"Version\":\"2012-10-17\",\"Statement\":[" + KEEP + "]}";
    private static final String SOURCE_ROLE_ARN = "arn:aws:iam::" + ApplyFakes.SOURCE + ":role/" + Seed003.SOURCE_ROLE;

    private final ApplyFakes fakes = new ApplyFakes();
    private final AnalyzerFindings analyzer = new AnalyzerFindings(fakes.text, fakes.wiring);
    private final WiringInput input = PlainApplyInputs.seed003(false);
    private final ScriptedAnalyzer source = new ScriptedAnalyzer();
    private final ScriptedAnalyzer destination = new ScriptedAnalyzer();

    @AfterEach
    void close() {
        fakes.close();
    }

    private List<PlanFinding> findings(PlannedResource... resources) {
        return analyzer.findings(source, destination, List.of(resources), input, fakes.pool);
    }

    private PlannedResource mergedTrust() {
        String merged = fakes.wiring.mergeDestinationTrust(LIVE, input).document();
        return trust(Change.UPDATE, LIVE, merged);
    }

    private static PlannedResource trust(Change change, String live, String desired) {
        return new PlannedResource(
                "destination.trust",
                Side.DESTINATION,
                ApplyFakes.DESTINATION,
                "Trust policy",
                Seed003.DESTINATION_ROLE,
                change,
                null,
                live,
                desired,
                null,
                null,
                ResourceType.TRUST_POLICY.name(),
                null,
                null);
    }

    private static List<PlanFinding> coded(List<PlanFinding> findings, String code) {
        return findings.stream().filter(f -> f.code().equals(code)).toList();
    }

    @Test
    void aMergeThatAddsOnlyOurStatementIsProvenByBothChecks() {
        List<PlanFinding> findings = findings(mergedTrust());

        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.origin()).isEqualTo(PlanFinding.ACCESS_ANALYZER);
            assertThat(f.code()).isEqualTo(TrustProof.PROVEN);
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.documentKey()).isEqualTo("destination.trust");
            assertThat(f.message())
                    .startsWith("Access Analyzer proved")
                    .contains("only by the statement Rolewire adds");
        });
    }

    @Test
    void theChecksCompareTheLiveTrustWithTheMergedOneWithoutOursBothWays() {
        PlannedResource merged = mergedTrust();

        findings(merged);

        String liveRest =
                fakes.wiring.trustWithoutOurStatement(LIVE, input).orElseThrow().document();
        assertThat(destination.compared)
                .containsExactlyInAnyOrder(
                        new ScriptedAnalyzer.Comparison(liveRest, liveRest),
                        new ScriptedAnalyzer.Comparison(liveRest, liveRest));
        assertThat(liveRest).contains("\"Keep\"").doesNotContain(SOURCE_ROLE_ARN);
        assertThat(destination.checkedForPublicAccess).containsExactly(merged.desiredDocument());
        assertThat(merged.desiredDocument()).contains(SOURCE_ROLE_ARN);
        assertThat(source.compared).isEmpty();
        assertThat(source.checkedForPublicAccess).isEmpty();
    }

    @Test
    void aMergedTrustThatLostAnotherStatementIsSentAsItIsAndCaughtOneWay() {
        // a merge that went wrong: the other statement's service changed on the way
        String broken =
                fakes.wiring.mergeDestinationTrust(LIVE, input).document().replace("ec2", "lambda");
        destination.noNewAccess = (next, existing) -> next.contains("lambda")
                ? ScriptedAnalyzer.fail("CheckNoNewAccess", "New access found.")
                : ScriptedAnalyzer.fail("CheckNoNewAccess", "Access removed.");

        List<PlanFinding> findings = findings(trust(Change.UPDATE, LIVE, broken));

        assertThat(destination.compared)
                .anySatisfy(c -> assertThat(c.newPolicy()).contains("lambda").doesNotContain(SOURCE_ROLE_ARN))
                .anySatisfy(c -> assertThat(c.existingPolicy()).contains("lambda"));
        assertThat(coded(findings, TrustProof.PROVEN)).isEmpty();
        assertThat(coded(findings, TrustProof.ADDS_ACCESS))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("New access found."));
        assertThat(coded(findings, TrustProof.REMOVES_ACCESS))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("Access removed."));
    }

    @Test
    void aFailedCheckShowsAccessAnalyzersReasonsAsAWarning() {
        destination.noNewAccess = (next, existing) -> next.equals(existing)
                ? ScriptedAnalyzer.fail(
                        "CheckNoNewAccess",
                        "The policy grants new access.",
                        new AccessCheck.Reason("Grants <b>sts:AssumeRole</b> to a new principal.", 0, null),
                        new AccessCheck.Reason("Widens a condition.", null, "Keep"))
                : ScriptedAnalyzer.pass("CheckNoNewAccess");

        List<PlanFinding> findings = findings(mergedTrust());

        assertThat(findings).hasSize(2).allSatisfy(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
        assertThat(coded(findings, TrustProof.ADDS_ACCESS))
                .singleElement()
                .satisfies(f -> assertThat(f.message())
                        .contains("adds only Rolewire's statement")
                        .contains("The policy grants new access.")
                        .contains("Grants <b>sts:AssumeRole</b> to a new principal. (statement index 0)")
                        .contains("Widens a condition. (statement Keep)"));
        assertThat(coded(findings, TrustProof.REMOVES_ACCESS)).hasSize(1);
    }

    @Test
    void aTrustAnyoneMayAssumeIsAnError() {
        destination.noPublicAccess = d -> ScriptedAnalyzer.fail(
                "CheckNoPublicAccess", "Public access.", new AccessCheck.Reason("Principal is *.", 1, null));

        List<PlanFinding> findings = findings(mergedTrust());

        assertThat(coded(findings, TrustProof.PUBLIC_ACCESS)).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("may let anyone assume", "Principal is *.");
        });
        assertThat(coded(findings, TrustProof.PROVEN)).hasSize(1);
    }

    @Test
    void aCreatedTrustIsOnlyCheckedForPublicAccessAndAPassSaysNothing() {
        String created = fakes.wiring.preview(PlainApplyInputs.seed003(true)).documents().stream()
                .filter(d -> d.key().equals("destinationTrustPolicy"))
                .findFirst()
                .orElseThrow()
                .content();

        List<PlanFinding> findings = findings(trust(Change.CREATE, null, created));

        assertThat(findings).isEmpty();
        assertThat(destination.compared).isEmpty();
        assertThat(destination.checkedForPublicAccess).containsExactly(created);
    }

    @Test
    void aTrustTheApplyDoesNotWriteIsNotChecked() {
        List<PlanFinding> findings = findings(trust(Change.UNCHANGED, LIVE, LIVE), trust(Change.BLOCKED, "x", null));

        assertThat(findings).isEmpty();
        assertThat(destination.compared).isEmpty();
        assertThat(destination.checkedForPublicAccess).isEmpty();
    }

    @Test
    void anUnreadableDestinationIsNotAsked() {
        List<PlanFinding> findings = analyzer.findings(source, null, List.of(mergedTrust()), input, fakes.pool);

        assertThat(coded(findings, TrustProof.PROVEN)).isEmpty();
        assertThat(destination.compared).isEmpty();
    }

    @Test
    void anAnalyzerThatIsNotThereIsSaidOnceForAllItsCalls() {
        AccessCheck missing = AccessCheck.unanswered(
                "CheckNoNewAccess", PolicyValidation.Status.UNAVAILABLE, "404 UnknownOperation", null);
        source.validation = PolicyValidation.Status.UNAVAILABLE;
        destination.noNewAccess = (n, e) -> missing;
        destination.noPublicAccess = d -> AccessCheck.unanswered(
                "CheckNoPublicAccess", PolicyValidation.Status.UNAVAILABLE, "404 UnknownOperation", null);

        List<PlanFinding> findings = findings(mergedTrust());

        assertThat(source.validated).isNotEmpty();
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.INFO);
            assertThat(f.code()).isEqualTo("ANALYZER_UNAVAILABLE");
            assertThat(f.message()).contains("did not answer");
        });
    }

    @Test
    void aDeniedCheckNamesTheActionAndAnswersThatCameAreKept() {
        destination.noPublicAccess = d -> AccessCheck.unanswered(
                "CheckNoPublicAccess", PolicyValidation.Status.DENIED, "AccessDeniedException", "rid-9");

        List<PlanFinding> findings = findings(mergedTrust());

        assertThat(coded(findings, TrustProof.PROVEN)).hasSize(1);
        assertThat(coded(findings, "ANALYZER_DENIED"))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("access-analyzer:CheckNoPublicAccess"));
    }

    @Test
    void aProofWithOneDirectionUnansweredIsNoProof() {
        destination.noNewAccess = (next, existing) -> destination.compared.size() == 1
                ? ScriptedAnalyzer.pass("CheckNoNewAccess")
                : AccessCheck.unanswered("CheckNoNewAccess", PolicyValidation.Status.UNAVAILABLE, "timeout", null);

        List<PlanFinding> findings = findings(mergedTrust());

        assertThat(findings).extracting(PlanFinding::code).containsExactly("ANALYZER_UNAVAILABLE");
    }

    @Test
    void aCheckThatThrowsAllTheSameIsAnAnalyzerThatDidNotAnswer() {
        destination.noNewAccess = (n, e) -> {
            throw new IllegalStateException("unexpected");
        };

        List<PlanFinding> findings = findings(mergedTrust());

        assertThat(findings).extracting(PlanFinding::code).containsExactly("ANALYZER_UNAVAILABLE");
    }

    private static String ours(String end) {
        String condition = end == null ? "" : ",\"Condition\":{\"DateLessThan\":{\"aws:CurrentTime\":\"" + end + "\"}}";
        return "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + SOURCE_ROLE_ARN + "\"},\"Action\":\"sts:AssumeRole\""
                + condition + "}";
    }

    private static String policy(String... statements) {
        return "{\"Version\":\"2012-10-17\",\"Statement\":[" + String.join(",", statements) + "]}";
    }

    @Test
    void aMergeThatRewritesTheEndOfOurStatementIsProvenAsWell() {
        String live = policy(KEEP, ours("2027-01-01T00:00:00Z"));
        String next = policy(KEEP, ours("2028-01-01T00:00:00Z"));

        List<PlanFinding> findings = findings(trust(Change.UPDATE, live, next));

        assertThat(findings).extracting(PlanFinding::code).containsExactly(TrustProof.PROVEN);
        assertThat(destination.compared)
                .hasSize(2)
                .allSatisfy(c -> assertThat(c.newPolicy())
                        .isEqualTo(c.existingPolicy())
                        .contains("\"Keep\"")
                        .doesNotContain(SOURCE_ROLE_ARN));
    }

    @Test
    void aTrustOfOnlyOursOnBothSidesHasNothingToProve() {
        List<PlanFinding> findings =
                findings(trust(Change.UPDATE, policy(ours("2027-01-01T00:00:00Z")), policy(ours(null))));

        assertThat(findings).isEmpty();
        assertThat(destination.compared).isEmpty();
        assertThat(destination.checkedForPublicAccess).hasSize(1);
    }
}
