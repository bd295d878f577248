package io.rolewire.wiring;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The form of a document a comparison should see. Inside an IAM policy (any object with a
 * Statement, also when nested as in the execution role document) IAM reads Action, Resource, each
 * principal type and each condition value as an unordered set that may be a single string, and a
 * Statement may be an object; those are normalised to sorted arrays. Everything else keeps its
 * order, because there order can matter (container definitions, statements themselves).
 */
final class SemanticJson {

    private static final Set<String> SET_VALUED = Set.of("Action", "NotAction", "Resource", "NotResource");

    private SemanticJson() {}

    static JsonNode of(JsonNode node) {
        if (node.isObject() && node.has("Statement")) {
            return policy(node);
        }
        if (node.isObject()) {
            ObjectNode copy = CanonicalJson.object();
            node.properties().forEach(entry -> copy.set(entry.getKey(), of(entry.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = CanonicalJson.array();
            node.values().forEach(element -> copy.add(of(element)));
            return copy;
        }
        return node;
    }

    private static JsonNode policy(JsonNode policy) {
        ObjectNode copy = CanonicalJson.object();
        policy.properties().forEach(entry -> copy.set(entry.getKey(), of(entry.getValue())));
        ArrayNode statements = CanonicalJson.array();
        IamJson.statements(policy).forEach(statement -> statements.add(statement(statement)));
        copy.set("Statement", statements);
        return copy;
    }

    private static JsonNode statement(JsonNode statement) {
        if (!statement.isObject()) {
            return statement;
        }
        ObjectNode copy = CanonicalJson.object();
        statement.properties().forEach(entry -> {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (SET_VALUED.contains(key)) {
                copy.set(key, sortedStrings(value));
            } else if (key.equals("Principal") || key.equals("NotPrincipal")) {
                copy.set(key, value.isObject() ? eachValueAsSet(value) : value);
            } else if (key.equals("Condition") && value.isObject()) {
                ObjectNode operators = CanonicalJson.object();
                value.properties().forEach(op -> operators.set(op.getKey(), eachValueAsSet(op.getValue())));
                copy.set(key, operators);
            } else {
                copy.set(key, of(value));
            }
        });
        return copy;
    }

    /** {"AWS": "a"} and {"aws:SourceAccount": ["1", "2"]}: each value is a set of strings. */
    private static JsonNode eachValueAsSet(JsonNode object) {
        if (!object.isObject()) {
            return object;
        }
        ObjectNode copy = CanonicalJson.object();
        object.properties().forEach(entry -> copy.set(entry.getKey(), sortedStrings(entry.getValue())));
        return copy;
    }

    private static JsonNode sortedStrings(JsonNode value) {
        if (!value.isString() && !value.isArray()) {
            return value;
        }
        List<String> values = new ArrayList<>(IamJson.strings(value));
        values.sort(Comparator.naturalOrder());
        return CanonicalJson.arrayOf(values);
    }
}
