package io.rolewire.wiring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The one place that turns JSON trees into text. Key order is a pure function of the keys
 * ({@link KeyOrder}), so the same document always gives the same bytes whatever order it was built
 * or parsed in: that is what makes the plan hash stable and the merge idempotent. It is the form of
 * the rendered IAM documents (Version and Statement first, as people read them); what Rolewire
 * stores about its own records is written by {@link Json}.
 */
final class CanonicalJson {

    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final ObjectWriter COMPACT = MAPPER.writer();
    private static final ObjectWriter PRETTY = MAPPER.writer().with(twoSpacePrinter());

    private CanonicalJson() {}

    static ObjectNode object() {
        return JsonNodeFactory.instance.objectNode();
    }

    static ArrayNode array() {
        return JsonNodeFactory.instance.arrayNode();
    }

    static JsonNode string(String value) {
        return JsonNodeFactory.instance.stringNode(value);
    }

    static ArrayNode arrayOf(List<String> values) {
        ArrayNode array = array();
        values.forEach(array::add);
        return array;
    }

    /** Compact canonical form: what the plan hash and the IAM size quotas are computed over. */
    static String compact(JsonNode node) {
        return COMPACT.writeValueAsString(ordered(node));
    }

    /** Canonical form for people: two-space indent, one array element per line, "\n" line ends. */
    static String pretty(JsonNode node) {
        return PRETTY.writeValueAsString(ordered(node));
    }

    /** Parses untrusted text; duplicate keys and trailing garbage are refused, never guessed at. */
    static JsonNode parse(String json) throws InvalidJsonException {
        try {
            JsonNode node = MAPPER.readTree(json);
            if (node == null || node.isMissingNode()) {
                throw new InvalidJsonException("the document is empty");
            }
            return node;
        } catch (JacksonException e) {
            throw new InvalidJsonException(e.getOriginalMessage());
        }
    }

    /** A deep copy with every object's keys in canonical order. */
    static JsonNode ordered(JsonNode node) {
        if (node.isObject()) {
            ObjectNode copy = object();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>(node.properties());
            entries.sort(Map.Entry.comparingByKey(KeyOrder.CANONICAL));
            entries.forEach(entry -> copy.set(entry.getKey(), ordered(entry.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = array();
            node.values().forEach(element -> copy.add(ordered(element)));
            return copy;
        }
        return node;
    }

    private static DefaultPrettyPrinter twoSpacePrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators).withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    /** The text is not JSON (or is ambiguous JSON); the message says where. */
    static final class InvalidJsonException extends Exception {

        InvalidJsonException(String message) {
            super(message);
        }
    }
}
