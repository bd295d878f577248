package io.rolewire.wiring;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Builds IAM policy documents and statements as JSON trees, in the seeds' shapes. */
final class Policies {

    static final String VERSION = "2012-10-17";
    static final String ASSUME_ROLE = "sts:AssumeRole";

    private Policies() {}

    /** A policy document; Statement is always an array, whatever the count. */
    static ObjectNode document(List<ObjectNode> statements) {
        ObjectNode policy = CanonicalJson.object();
        policy.put("Version", VERSION);
        statements.forEach(policy.putArray("Statement")::add);
        return policy;
    }

    static ObjectNode document(ObjectNode statement) {
        return document(List.of(statement));
    }

    static ObjectNode allow(List<String> actions, List<String> resources) {
        ObjectNode statement = CanonicalJson.object();
        statement.put("Effect", "Allow");
        statement.set("Action", oneOrMany(actions));
        statement.set("Resource", oneOrMany(resources));
        return statement;
    }

    /** A trust statement: {@code principalType} is AWS or Service. */
    static ObjectNode allowAssumeRole(String principalType, String principal) {
        ObjectNode statement = CanonicalJson.object();
        statement.put("Effect", "Allow");
        statement.putObject("Principal").put(principalType, principal);
        statement.put("Action", ASSUME_ROLE);
        return statement;
    }

    /** Adds {@code "Condition": {operator: {key: value}}}, keeping other conditions. */
    static ObjectNode withCondition(ObjectNode statement, String operator, String key, String value) {
        ObjectNode condition =
                statement.has("Condition") ? (ObjectNode) statement.get("Condition") : statement.putObject("Condition");
        ObjectNode byOperator =
                condition.has(operator) ? (ObjectNode) condition.get(operator) : condition.putObject(operator);
        byOperator.put(key, value);
        return statement;
    }

    /** IAM writes a single value as a string and several as an array; the seeds do the same. */
    static JsonNode oneOrMany(List<String> values) {
        return values.size() == 1 ? CanonicalJson.string(values.get(0)) : CanonicalJson.arrayOf(values);
    }
}
