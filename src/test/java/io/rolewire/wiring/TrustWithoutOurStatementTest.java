package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Our statement taken out of a destination trust: what Access Analyzer compares between two versions. */
class TrustWithoutOurStatementTest {

    private static final String OURS = WiringInputs.SOURCE_ROLE_ARN;
    private static final String CI = "arn:aws:iam::999988887777:role/ci";

    private final Wiring wiring = new Wiring();
    private final WiringInput input = WiringInputs.seed003().build();

    private TrustRemainder without(String trust) {
        return wiring.trustWithoutOurStatement(trust, input).orElseThrow();
    }

    private static List<JsonNode> statements(TrustRemainder remainder) {
        return List.copyOf(
                GoldenJson.parse(remainder.document()).get("Statement").values());
    }

    @Test
    void theMergedTrustWithoutOursIsTheLiveTrustAgain() {
        ObjectNode other = TrustDocs.allowAws(CI);
        other.put("Sid", "CiDeploys");
        String live = TrustDocs.policy(other, TrustDocs.allowService("ecs-tasks.amazonaws.com"))
                .toString();
        String merged = wiring.mergeDestinationTrust(live, input).document();

        TrustRemainder fromMerged = without(merged);

        assertThat(fromMerged).isEqualTo(without(live));
        assertThat(fromMerged.statements()).isEqualTo(2);
        assertThat(statements(fromMerged))
                .containsExactly(other, TrustDocs.allowService("ecs-tasks.amazonaws.com"))
                .doesNotContain(TrustDocs.allowAws(OURS));
    }

    @Test
    void ourStatementIsRecognisedByItsContentWhateverItsSidOrSpelling() {
        ObjectNode withSid = TrustDocs.allowAws(OURS);
        withSid.put("Sid", "Rolewire");
        withSid.put("Action", "STS:assumerole");
        String trust = TrustDocs.policy(TrustDocs.allowAws(CI), withSid).toString();

        assertThat(statements(without(trust))).containsExactly(TrustDocs.allowAws(CI));
    }

    @Test
    void anEndOfAccessIsStillOurs() {
        ObjectNode ending = TrustDocs.withCondition(
                TrustDocs.allowAws(OURS), "DateLessThan", "aws:CurrentTime", "2027-01-01T00:00:00Z");
        String trust = TrustDocs.policy(TrustDocs.allowAws(CI), ending).toString();

        assertThat(statements(without(trust))).containsExactly(TrustDocs.allowAws(CI));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                // trusts someone else too
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":[\"" + CI + "\",\"" + OURS
                        + "\"]},\"Action\":\"sts:AssumeRole\"}",
                // allows more than sts:AssumeRole
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + OURS + "\"},\"Action\":\"sts:*\"}",
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + OURS
                        + "\"},\"Action\":[\"sts:AssumeRole\",\"sts:TagSession\"]}",
                // another condition than an end
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + OURS + "\"},\"Action\":\"sts:AssumeRole\","
                        + "\"Condition\":{\"StringEquals\":{\"sts:ExternalId\":\"x\"}}}",
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + OURS + "\"},\"Action\":\"sts:AssumeRole\","
                        + "\"Condition\":{\"DateLessThan\":{\"aws:CurrentTime\":\"2027-01-01T00:00:00Z\"},"
                        + "\"Bool\":{\"aws:SecureTransport\":\"true\"}}}",
                // an end with two values is not the one we write
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + OURS + "\"},\"Action\":\"sts:AssumeRole\","
                        + "\"Condition\":{\"DateLessThan\":{\"aws:CurrentTime\":[\"2027-01-01T00:00:00Z\",\"2028-01-01T00:00:00Z\"]}}}",
                // a Deny is never ours
                "{\"Effect\":\"Deny\",\"Principal\":{\"AWS\":\"" + OURS + "\"},\"Action\":\"sts:AssumeRole\"}",
                // the same role in another principal type is not ours
                "{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"" + OURS + "\",\"Service\":\"ec2.amazonaws.com\"},"
                        + "\"Action\":\"sts:AssumeRole\"}"
            })
    void aStatementThatGrantsMoreOrOtherwiseIsSomeoneElsesAndStays(String statement) {
        String trust = "{\"Version\":\"2012-10-17\",\"Statement\":[" + statement + "]}";

        TrustRemainder remainder = without(trust);

        assertThat(remainder.statements()).isEqualTo(1);
        assertThat(statements(remainder)).containsExactly(GoldenJson.parse(statement));
    }

    @Test
    void aTrustOfOnlyOursLeavesNothing() {
        String seedStyle = "{\"Version\":\"2012-10-17\",\"Statement\":" + TrustDocs.allowAws(OURS) + "}";

        TrustRemainder remainder = without(seedStyle);

        assertThat(remainder.isEmpty()).isTrue();
        assertThat(statements(remainder)).isEmpty();
    }

    @Test
    void otherTopLevelKeysAndTheOrderOfTheOthersAreKept() {
        ObjectNode policy = TrustDocs.policy(
                TrustDocs.allowAws("arn:aws:iam::999988887777:role/b"),
                TrustDocs.allowAws(OURS),
                TrustDocs.allowAws("arn:aws:iam::999988887777:role/a"));
        policy.put("Id", "destination-trust");

        JsonNode rest = GoldenJson.parse(without(policy.toString()).document());

        assertThat(rest.get("Id").stringValue()).isEqualTo("destination-trust");
        assertThat(rest.get("Version").stringValue()).isEqualTo("2012-10-17");
        assertThat(rest.get("Statement").values())
                .containsExactly(
                        TrustDocs.allowAws("arn:aws:iam::999988887777:role/b"),
                        TrustDocs.allowAws("arn:aws:iam::999988887777:role/a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"Version\":\"2012-10-17\"}", "[]"})
    void aDocumentThatIsNotATrustPolicyGivesNothingToCompare(String document) {
        assertThat(wiring.trustWithoutOurStatement(document, input)).isEmpty();
    }

    @Test
    void anInvalidInputGivesNothingToCompare() {
        WiringInput invalid = WiringInputs.seed003().source("12", "role", false).build();

        assertThat(wiring.trustWithoutOurStatement(
                        TrustDocs.policy(TrustDocs.allowAws(CI)).toString(), invalid))
                .isEmpty();
    }
}
