package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class TrustMergeTest {

    private static final String OURS = WiringInputs.SOURCE_ROLE_ARN;

    private final Wiring wiring = new Wiring();

    private MergeResult merge(String existing) {
        return wiring.mergeDestinationTrust(existing, WiringInputs.seed003().build());
    }

    private static JsonNode statements(MergeResult result) {
        return GoldenJson.parse(result.document()).get("Statement");
    }

    @Test
    void ourStatementIsAppendedAfterTheExistingOnes() {
        ObjectNode other = TrustDocs.allowAws("arn:aws:iam::999988887777:role/ci");
        other.put("Sid", "CiDeploys");

        MergeResult result = merge(TrustDocs.policy(other).toString());

        assertThat(result.changed()).isTrue();
        assertThat(statements(result).values()).containsExactly(other, TrustDocs.allowAws(OURS));
    }

    @Test
    void singleStatementObjectBecomesAnArray() {
        String seedStyle = "{\"Version\":\"2012-10-17\",\"Statement\":"
                + TrustDocs.allowAws("arn:aws:iam::999988887777:role/ci") + "}";

        MergeResult result = merge(seedStyle);

        assertThat(statements(result).isArray()).isTrue();
        assertThat(statements(result)).hasSize(2);
    }

    @Test
    void mergedDocumentIsCanonicalPrettyJsonKeepingOtherTopLevelKeys() {
        ObjectNode existing = TrustDocs.policy(TrustDocs.allowAws("arn:aws:iam::999988887777:role/ci"));
        existing.put("Id", "destination-trust");

        MergeResult result = merge(existing.toString());

        assertThat(result.document())
                .startsWith("{\n  \"Version\": \"2012-10-17\",\n  \"Id\": \"destination-trust\",\n");
        assertThat(result.document()).isEqualTo(CanonicalJson.pretty(GoldenJson.parse(result.document())));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + OURS + "\"},\"Action\":\"sts:AssumeRole\"}",
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"arn:aws:iam::999988887777:role/ci\",\"" + OURS
                        + "\"]}," + "\"Action\":[\"sts:TagSession\",\"sts:AssumeRole\"]}",
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + OURS + "\"},\"Action\":\"sts:*\"}",
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + OURS + "\"},\"Action\":\"*\"}",
                "{\"Sid\":\"Task\",\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + OURS
                        + "\"},\"Action\":\"STS:assumerole\"}"
            })
    void equivalentStatementMeansNoChange(String equivalent) {
        String existing = "{\"Version\":\"2012-10-17\",\"Statement\":[" + equivalent + "]}";

        MergeResult result = merge(existing);

        assertThat(result.changed()).isFalse();
        assertThat(statements(result)).hasSize(1);
        assertThat(statements(result).get(0)).isEqualTo(GoldenJson.parse(equivalent));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + OURS + "\"},\"Action\":\"sts:AssumeRole\","
                        + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"x\"}}}",
                "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"" + OURS + "\"},\"Action\":\"sts:AssumeRole\"}",
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + OURS + "\"},\"Action\":\"sts:TagSession\"}",
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:role/other\"},\"Action\":\"sts:AssumeRole\"}",
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:root\"},\"Action\":\"sts:AssumeRole\"}"
            })
    void statementThatDoesNotGrantExactlyOurTrustLeavesOursToBeAdded(String notEquivalent) {
        String existing = "{\"Version\":\"2012-10-17\",\"Statement\":[" + notEquivalent + "]}";

        MergeResult result = merge(existing);

        assertThat(result.changed()).isTrue();
        assertThat(statements(result).values())
                .containsExactly(GoldenJson.parse(notEquivalent), TrustDocs.allowAws(OURS));
    }

    @Test
    void existingProblemsAreReportedWithTheMerge() {
        ObjectNode existing = TrustDocs.policy(
                TrustDocs.allowService("ecs-tasks.amazonaws.com"), TrustDocs.allowAws("AROA3A44JRHY6FFSMMJKN"));

        assertThat(merge(existing.toString()).findings())
                .extracting(Finding::code)
                .containsExactlyInAnyOrder(FindingCodes.TRUST_CONFUSED_DEPUTY, FindingCodes.TRUST_ORPHANED_PRINCIPAL);
    }

    @Test
    void mergeThatPushesTheTrustOverTheQuotaWarns() {
        MergeResult result = merge(TrustDocs.manyRoles(18).toString());

        assertThat(PolicyQuotas.length(TrustDocs.manyRoles(18)))
                .isLessThanOrEqualTo(PolicyQuotas.TRUST_POLICY_DEFAULT_QUOTA);
        assertThat(result.findings()).extracting(Finding::code).containsExactly(FindingCodes.TRUST_POLICY_LENGTH_QUOTA);
    }

    @Test
    void mergingInTheChinaPartitionUsesItsArn() {
        WiringInput china = WiringInputs.seed003().region("cn-north-1").build();

        MergeResult result = wiring.mergeDestinationTrust(
                TrustDocs.policy(TrustDocs.allowAws("x")).toString(), china);

        assertThat(result.document()).contains("\"arn:aws-cn:iam::111122223333:role/my-ECS-task-role\"");
    }
}
