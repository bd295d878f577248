package io.rolewire.testsupport.aws;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads policy documents and JSON bodies the way IAM does (a value is a string or a list). */
final class StubJson {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private StubJson() {}

    static JsonNode parse(String json) {
        return MAPPER.readTree(json == null || json.isBlank() ? "{}" : json);
    }

    static List<JsonNode> statements(JsonNode policy) {
        JsonNode statement = policy.path("Statement");
        return statement.isArray() ? List.copyOf(statement.values()) : List.of(statement);
    }

    static List<String> strings(JsonNode value) {
        if (value.isString()) {
            return List.of(value.stringValue());
        }
        return value.isArray() ? value.values().stream().map(JsonNode::asString).toList() : List.of();
    }

    static String quote(String text) {
        return MAPPER.writeValueAsString(text);
    }
}
