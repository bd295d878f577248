package io.rolewire.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;

/**
 * Reads policies the way IAM does: a Statement is an object or an array, and most values
 * (Action, Resource, each principal type, condition values) are a string or an array of strings.
 */
final class IamJson {

    private IamJson() {}

    static List<JsonNode> statements(JsonNode policy) {
        JsonNode statement = policy.path("Statement");
        return statement.isArray() ? List.copyOf(statement.values()) : List.of(statement);
    }

    /** A string or an array's strings; anything else reads as no values. */
    static List<String> strings(JsonNode value) {
        if (value.isString()) {
            return List.of(value.stringValue());
        }
        List<String> strings = new ArrayList<>();
        if (value.isArray()) {
            value.values().stream().filter(JsonNode::isString).forEach(v -> strings.add(v.stringValue()));
        }
        return strings;
    }

    /** The principals of one type (AWS, Service...) of a statement; empty for "Principal": "*". */
    static List<String> principals(JsonNode statement, String type) {
        return strings(statement.path("Principal").path(type));
    }

    static boolean isAllow(JsonNode statement) {
        return "Allow".equals(statement.path("Effect").stringValue(null));
    }

    /** Condition keys of every operator, lower-cased: IAM compares condition keys case-insensitively. */
    static List<String> conditionKeys(JsonNode statement) {
        List<String> keys = new ArrayList<>();
        statement
                .path("Condition")
                .values()
                .forEach(byOperator -> byOperator.propertyNames().stream()
                        .map(key -> key.toLowerCase(Locale.ROOT))
                        .forEach(keys::add));
        return keys;
    }

    /** "Statement 2" or, when it has one, its Sid: how a finding points at a statement. */
    static String label(JsonNode statement, int index) {
        String sid = statement.path("Sid").stringValue("");
        return sid.isEmpty() ? "Statement " + (index + 1) : "Statement '" + sid + "'";
    }
}
