package io.rolewire.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated trust policies: Statement as object or array, principals as string or array, other
 * statements close to ours but not equivalent (Deny, conditions, other actions, other roles), with
 * or without an equivalent statement already somewhere in the list.
 */
final class GeneratedTrustPolicies {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private GeneratedTrustPolicies() {}

    static Arbitrary<ObjectNode> trustPolicies(String roleArn) {
        Arbitrary<List<ObjectNode>> others =
                otherStatements(roleArn).list().ofMinSize(0).ofMaxSize(5);
        Arbitrary<ObjectNode> maybeEquivalent =
                Arbitraries.oneOf(equivalentStatements(roleArn), Arbitraries.just(null));
        return Combinators.combine(
                        others, maybeEquivalent, Arbitraries.integers().between(0, 5), Arbitraries.of(true, false))
                .as(GeneratedTrustPolicies::policy)
                .filter(policy -> !statementsOf(policy).isEmpty());
    }

    /** The test's own reading of "equivalent", written apart from the production code. */
    static boolean trustsRole(JsonNode statement, String roleArn) {
        List<String> actions = strings(statement.path("Action")).stream()
                .map(a -> a.toLowerCase(Locale.ROOT))
                .toList();
        return "Allow".equals(statement.path("Effect").stringValue(null))
                && !statement.has("Condition")
                && (actions.contains("sts:assumerole") || actions.contains("sts:*") || actions.contains("*"))
                && strings(statement.path("Principal").path("AWS")).contains(roleArn);
    }

    static List<JsonNode> statementsOf(JsonNode policy) {
        JsonNode statement = policy.get("Statement");
        return statement.isArray() ? List.copyOf(statement.values()) : List.of(statement);
    }

    private static ObjectNode policy(
            List<ObjectNode> others, ObjectNode equivalent, int position, boolean singleAsObject) {
        List<ObjectNode> statements = new ArrayList<>(others);
        if (equivalent != null) {
            statements.add(Math.min(position, statements.size()), equivalent);
        }
        ObjectNode policy = NODES.objectNode().put("Version", "2012-10-17");
        if (statements.size() == 1 && singleAsObject) {
            policy.set("Statement", statements.get(0));
        } else {
            ArrayNode array = policy.putArray("Statement");
            statements.forEach(array::add);
        }
        return policy;
    }

    private static Arbitrary<ObjectNode> equivalentStatements(String roleArn) {
        Arbitrary<JsonNode> principals = Arbitraries.of(
                NODES.stringNode(roleArn),
                NODES.arrayNode().add(roleArn),
                NODES.arrayNode().add("arn:aws:iam::999988887777:role/ci").add(roleArn));
        Arbitrary<JsonNode> actions = Arbitraries.of(
                NODES.stringNode("sts:AssumeRole"),
                NODES.stringNode("sts:*"),
                NODES.arrayNode().add("sts:TagSession").add("sts:AssumeRole"));
        return Combinators.combine(principals, actions, Arbitraries.of("", "Existing"))
                .as((principal, action, sid) -> statement("Allow", principal, action, sid, false));
    }

    private static Arbitrary<ObjectNode> otherStatements(String roleArn) {
        Arbitrary<String> roles = Arbitraries.strings()
                .withChars("abcdefgh-")
                .ofMinLength(1)
                .ofMaxLength(10)
                .map(name -> "arn:aws:iam::999988887777:role/" + name);
        Arbitrary<JsonNode> principals = Arbitraries.oneOf(
                roles.map(NODES::stringNode),
                roles.list().ofMinSize(1).ofMaxSize(3).map(GeneratedTrustPolicies::array),
                Arbitraries.just(NODES.stringNode(roleArn)));
        Arbitrary<JsonNode> actions = Arbitraries.of(
                NODES.stringNode("sts:AssumeRole"),
                NODES.stringNode("sts:TagSession"),
                NODES.arrayNode().add("sts:AssumeRole").add("sts:TagSession"));
        return Combinators.combine(
                        Arbitraries.of("Allow", "Deny"),
                        principals,
                        actions,
                        Arbitraries.of("", "Other"),
                        Arbitraries.of(true, false))
                .as(GeneratedTrustPolicies::statement)
                .filter(statement -> !trustsRole(statement, roleArn));
    }

    private static List<String> strings(JsonNode node) {
        List<String> strings = new ArrayList<>();
        if (node.isString()) {
            strings.add(node.stringValue());
        }
        node.values().forEach(v -> strings.add(v.stringValue()));
        return strings;
    }

    private static ArrayNode array(List<String> values) {
        ArrayNode array = NODES.arrayNode();
        values.forEach(array::add);
        return array;
    }

    private static ObjectNode statement(
            String effect, JsonNode principal, JsonNode action, String sid, boolean conditioned) {
        ObjectNode statement = NODES.objectNode();
        if (!sid.isEmpty()) {
            statement.put("Sid", sid);
        }
        statement.put("Effect", effect);
        statement.putObject("Principal").set("AWS", principal);
        statement.set("Action", action);
        if (conditioned) {
            statement.putObject("Condition").putObject("StringEquals").put("sts:ExternalId", "shared-secret");
        }
        return statement;
    }
}
