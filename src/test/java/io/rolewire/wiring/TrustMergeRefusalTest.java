package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/** The merge refuses what it does not understand instead of rewriting it. */
class TrustMergeRefusalTest {

    private static final String OURS = WiringInputs.SOURCE_ROLE_ARN;

    private final Wiring wiring = new Wiring();

    private MergeResult merge(String existing) {
        return wiring.mergeDestinationTrust(existing, WiringInputs.seed003().build());
    }

    private static JsonNode statements(MergeResult result) {
        return GoldenJson.parse(result.document()).get("Statement");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "{",
                "not json",
                "[]",
                "{\"Version\":\"2012-10-17\"}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[]}",
                "{\"Version\":2012,\"Statement\":[]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Permit\",\"Principal\":\"*\",\"Action\":\"*\"}]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Principal\":{\"AWS\":\"x\"},\"Action\":\"sts:AssumeRole\"}]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\"}]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":[\"Allow\"]}",
                "{\"Version\":\"2012-10-17\",\"Version\":\"2008-10-17\",\"Statement\":[]}",
                "{\"Version\":\"2012-10-17\",\"Statement\":{\"Effect\":\"Allow\",\"Principal\":{\"AWS\":\"x\"},\"Action\":\"a\"}} {}"
            })
    void somethingThatIsNotATrustPolicyIsRefusedWithAnError(String existing) {
        MergeResult result = merge(existing);

        assertThat(result.refused()).isTrue();
        assertThat(result.document()).isNull();
        assertThat(result.changed()).isFalse();
        assertThat(result.findings())
                .extracting(Finding::severity, Finding::code)
                .containsExactly(tuple(Severity.ERROR, FindingCodes.TRUST_POLICY_INVALID));
    }

    @Test
    void refusalSaysWhatIsWrong() {
        MergeResult result = merge("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Permit\","
                + "\"Principal\":\"*\",\"Action\":\"*\"}]}");

        assertThat(result.findings().get(0).message()).contains("statement 1").contains("\"Permit\"");
    }

    @Test
    void mergeForAnInvalidInputIsRefusedNotThrown() {
        WiringInput invalid = WiringInputs.seed003().source(null).build();

        MergeResult result = wiring.mergeDestinationTrust(
                TrustDocs.policy(TrustDocs.allowAws(OURS)).toString(), invalid);

        assertThat(result.refused()).isTrue();
        assertThat(result.findings()).extracting(Finding::code).containsExactly(FindingCodes.WIRING_INPUT_INVALID);
    }
}
