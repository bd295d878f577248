package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Compares JSON the way IAM reads it: a Statement object equals a one-element array, statement
 * order does not matter, a single string equals a one-element list wherever IAM takes a list
 * (Action, Resource, principals, condition values), and an empty Sid equals none.
 */
public final class GoldenJson {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final Set<String> IAM_LISTS = Set.of("Action", "NotAction", "Resource", "NotResource");

    private GoldenJson() {}

    public static JsonNode golden(String name) {
        try (InputStream in = GoldenJson.class.getResourceAsStream("/golden/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("No golden file " + name);
            }
            return MAPPER.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode parse(String json) {
        return MAPPER.readTree(json);
    }

    public static void assertSemanticallyEqual(String actualJson, String goldenName) {
        assertSemanticallyEqual(parse(actualJson), golden(goldenName));
    }

    public static void assertSemanticallyEqual(JsonNode actual, JsonNode expected) {
        assertThat(normalised(actual)).isEqualTo(normalised(expected));
    }

    public static JsonNode normalised(JsonNode node) {
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.values().forEach(element -> copy.add(normalised(element)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
            String key = entry.getKey();
            JsonNode value = entry.getValue();
            if (key.equals("Sid") && value.stringValue("").isEmpty()) {
                continue;
            }
            copy.set(key, normalisedMember(key, value));
        }
        return copy;
    }

    private static JsonNode normalisedMember(String key, JsonNode value) {
        if (key.equals("Statement")) {
            return statements(value);
        }
        if (IAM_LISTS.contains(key)) {
            return stringSet(value);
        }
        if ((key.equals("Principal") || key.equals("Condition")) && value.isObject()) {
            return mapValues(value, key.equals("Condition"));
        }
        return normalised(value);
    }

    private static ArrayNode statements(JsonNode value) {
        List<JsonNode> statements = value.isArray() ? List.copyOf(value.values()) : List.of(value);
        ArrayNode sorted = JsonNodeFactory.instance.arrayNode();
        statements.stream()
                .map(GoldenJson::normalised)
                .sorted(Comparator.comparing(JsonNode::toString))
                .forEach(sorted::add);
        return sorted;
    }

    /** Principal: type to set of principals. Condition: operator to key to set of values. */
    private static ObjectNode mapValues(JsonNode value, boolean nested) {
        ObjectNode copy = JsonNodeFactory.instance.objectNode();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            copy.set(entry.getKey(), nested ? mapValues(entry.getValue(), false) : stringSet(entry.getValue()));
        }
        return copy;
    }

    private static ArrayNode stringSet(JsonNode value) {
        Set<String> strings = new TreeSet<>();
        if (value.isArray()) {
            value.values().forEach(element -> strings.add(element.stringValue()));
        } else {
            strings.add(value.stringValue());
        }
        ArrayNode set = JsonNodeFactory.instance.arrayNode();
        strings.forEach(set::add);
        return set;
    }
}
