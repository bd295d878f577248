package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class CanonicalJsonTest {

    private static ObjectNode statementBuiltBackwards() {
        ObjectNode statement = CanonicalJson.object();
        statement.putObject("Condition").put("b", "2").put("a", "1");
        statement.put("Resource", "*");
        statement.put("Action", "s3:GetObject");
        statement.put("Zeta", "unknown");
        statement.put("Effect", "Allow");
        statement.put("Sid", "Read");
        return statement;
    }

    @Test
    void policyKeysComeInReadingOrderWhateverTheBuildOrder() {
        assertThat(CanonicalJson.compact(statementBuiltBackwards()))
                .isEqualTo("{\"Sid\":\"Read\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\",\"Resource\":\"*\","
                        + "\"Condition\":{\"a\":\"1\",\"b\":\"2\"},\"Zeta\":\"unknown\"}");
    }

    @Test
    void sameContentParsedInAnotherOrderGivesTheSameBytes() throws Exception {
        String shuffled = "{\"Zeta\":\"unknown\",\"Condition\":{\"b\":\"2\",\"a\":\"1\"},\"Sid\":\"Read\","
                + "\"Resource\":\"*\",\"Effect\":\"Allow\",\"Action\":\"s3:GetObject\"}";

        assertThat(CanonicalJson.compact(CanonicalJson.parse(shuffled)))
                .isEqualTo(CanonicalJson.compact(statementBuiltBackwards()));
        assertThat(CanonicalJson.pretty(CanonicalJson.parse(shuffled)))
                .isEqualTo(CanonicalJson.pretty(statementBuiltBackwards()));
    }

    @Test
    void prettyFormIsTwoSpaceIndentedWithOneArrayElementPerLine() {
        ObjectNode policy =
                Policies.document(Policies.allow(java.util.List.of("a:One", "a:Two"), java.util.List.of("*")));

        assertThat(CanonicalJson.pretty(policy)).isEqualTo("""
                        {
                          "Version": "2012-10-17",
                          "Statement": [
                            {
                              "Effect": "Allow",
                              "Action": [
                                "a:One",
                                "a:Two"
                              ],
                              "Resource": "*"
                            }
                          ]
                        }""");
    }

    @Test
    void emptyContainersPrintWithoutPadding() {
        ObjectNode node = CanonicalJson.object();
        node.putArray("list");
        node.putObject("map");

        assertThat(CanonicalJson.pretty(node)).isEqualTo("{\n  \"list\": [],\n  \"map\": {}\n}");
    }

    @Test
    void duplicateKeysAndTrailingTextAreRefusedNotGuessed() {
        assertThatThrownBy(() -> CanonicalJson.parse("{\"Effect\":\"Allow\",\"Effect\":\"Deny\"}"))
                .isInstanceOf(CanonicalJson.InvalidJsonException.class)
                .hasMessageContaining("Effect");
        assertThatThrownBy(() -> CanonicalJson.parse("{} {}")).isInstanceOf(CanonicalJson.InvalidJsonException.class);
        assertThatThrownBy(() -> CanonicalJson.parse("  ")).isInstanceOf(CanonicalJson.InvalidJsonException.class);
    }
}
