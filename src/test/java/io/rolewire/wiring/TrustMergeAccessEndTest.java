package io.rolewire.wiring;

import static io.rolewire.wiring.GoldenJson.assertSemanticallyEqual;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Our statement in a trust that already exists, when a wiring has an end of access: recognised by
 * its content (no Sid), its end rewritten rather than a second statement added (ADR 019).
 */
class TrustMergeAccessEndTest {

    private static final String OURS = WiringInputs.SOURCE_ROLE_ARN;
    private static final String CI = "arn:aws:iam::999988887777:role/ci";
    private static final Instant END = Instant.parse("2027-01-31T00:00:00Z");
    private static final Instant LATER = Instant.parse("2027-03-01T00:00:00Z");

    private final Wiring wiring = new Wiring();

    private MergeResult merge(ObjectNode existing, Instant until) {
        return wiring.mergeDestinationTrust(
                existing.toString(), WiringInputs.seed003().accessUntil(until).build());
    }

    private static ObjectNode ours(String end) {
        ObjectNode statement = TrustDocs.allowAws(OURS);
        if (end != null) {
            statement.putObject("Condition").putObject("DateLessThan").put("aws:CurrentTime", end);
        }
        return statement;
    }

    private static ObjectNode ciWithExternalId() {
        ObjectNode ci = TrustDocs.allowAws(CI);
        ci.put("Sid", "CiDeploys");
        ci.putObject("Condition").putObject("StringEquals").put("sts:ExternalId", "ci-external-id");
        return ci;
    }

    private static JsonNode statements(MergeResult result) {
        return GoldenJson.parse(result.document()).get("Statement");
    }

    private static boolean hasFinding(MergeResult result, String code) {
        return result.findings().stream().anyMatch(f -> f.code().equals(code));
    }

    @Test
    void ourStatementWithItsEndIsAddedBesideAnotherStatementsOwnCondition() {
        MergeResult result = merge(TrustDocs.policy(ciWithExternalId()), END);

        assertThat(result.changed()).isTrue();
        assertSemanticallyEqual(result.document(), "seed003-merged-trust-access-until.json");
        assertThat(result.findings()).extracting(Finding::code).doesNotContain(FindingCodes.TRUST_ACCESS_END_CHANGED);
    }

    @Test
    void aReRunWithTheSameEndChangesNothing() {
        MergeResult first = merge(TrustDocs.policy(ciWithExternalId()), END);

        MergeResult again = merge((ObjectNode) GoldenJson.parse(first.document()), END);

        assertThat(again.changed()).isFalse();
        assertThat(again.document()).isEqualTo(first.document());
    }

    @Test
    void theSameInstantWrittenWithoutSecondsIsTheSameEnd() {
        assertThat(merge(TrustDocs.policy(ours("2027-01-31T00:00Z")), END).changed())
                .isFalse();
    }

    @Test
    void anotherEndReplacesOurStatementsConditionInsteadOfAddingASecondStatement() {
        MergeResult result = merge(TrustDocs.policy(ciWithExternalId(), ours("2027-01-31T00:00:00Z")), LATER);

        assertThat(result.changed()).isTrue();
        assertThat(statements(result).values()).containsExactly(ciWithExternalId(), ours("2027-03-01T00:00:00Z"));
        assertThat(result.findings())
                .filteredOn(f -> f.code().equals(FindingCodes.TRUST_ACCESS_END_CHANGED))
                .singleElement()
                .satisfies(f -> {
                    assertThat(f.severity()).isEqualTo(Severity.WARNING);
                    assertThat(f.message())
                            .contains("ends at 2027-01-31T00:00:00Z", "makes it end at 2027-03-01T00:00:00Z");
                });
    }

    @Test
    void anEndOnAStatementThatHadNoneMakesTheAccessEndWithAWarning() {
        MergeResult result = merge(TrustDocs.policy(ours(null)), END);

        assertThat(statements(result).values()).containsExactly(ours("2027-01-31T00:00:00Z"));
        assertThat(hasFinding(result, FindingCodes.TRUST_ACCESS_END_CHANGED)).isTrue();
    }

    @Test
    void aWiringWithoutAnEndRemovesTheEndOfOurStatement() {
        MergeResult result = merge(TrustDocs.policy(ours("2027-01-31T00:00:00Z")), null);

        assertThat(result.changed()).isTrue();
        assertThat(statements(result).values()).containsExactly(ours(null));
        assertThat(result.findings())
                .filteredOn(f -> f.code().equals(FindingCodes.TRUST_ACCESS_END_CHANGED))
                .singleElement()
                .satisfies(f -> assertThat(f.message()).contains("the access no longer ends"));
    }

    @Test
    void aSidSomeoneGaveOurStatementIsKept() {
        ObjectNode named = ours("2027-01-31T00:00:00Z");
        named.put("Sid", "RolewireTask");

        MergeResult result = merge(TrustDocs.policy(named), LATER);

        ObjectNode expected = ours("2027-03-01T00:00:00Z");
        expected.put("Sid", "RolewireTask");
        assertThat(statements(result).values()).containsExactly(expected);
    }

    @Test
    void twoOfOurStatementsBecomeOne() {
        MergeResult result = merge(TrustDocs.policy(ours("2027-01-31T00:00:00Z"), ours("2027-02-01T00:00:00Z")), LATER);

        assertThat(statements(result).values()).containsExactly(ours("2027-03-01T00:00:00Z"));
    }

    @Test
    void aStatementWithOurPrincipalAndAnotherConditionIsSomeoneElsesAndStays() {
        ObjectNode external = ours(null);
        external.putObject("Condition").putObject("StringEquals").put("sts:ExternalId", "x");

        MergeResult result = merge(TrustDocs.policy(external), END);

        assertThat(statements(result).values()).containsExactly(external, ours("2027-01-31T00:00:00Z"));
        assertThat(hasFinding(result, FindingCodes.TRUST_ACCESS_END_CHANGED)).isFalse();
    }

    @Test
    void aStatementTrustingUsAmongOthersWithoutConditionMeansTheEndIsNotEnforced() {
        ObjectNode shared = TrustDocs.allowAws(CI, OURS);

        MergeResult result = merge(TrustDocs.policy(shared), END);

        assertThat(statements(result).values()).containsExactly(shared, ours("2027-01-31T00:00:00Z"));
        assertThat(result.findings())
                .filteredOn(f -> f.code().equals(FindingCodes.TRUST_ACCESS_END_NOT_ENFORCED))
                .singleElement()
                .satisfies(f ->
                        assertThat(f.message()).startsWith("Statement 1 of ").contains("2027-01-31T00:00:00Z"));
    }

    @Test
    void withoutAnEndAStatementTrustingUsAmongOthersIsStillEnough() {
        MergeResult result = merge(TrustDocs.policy(TrustDocs.allowAws(CI, OURS)), null);

        assertThat(result.changed()).isFalse();
    }
}
