package io.rolewire.web.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * jqwik generators for hostile input: JSON bodies derived from a valid request (one value replaced
 * at any depth, a field dropped or added, the text cut short), raw bytes, form fields, odd content
 * types and the charsets a body may claim or really be in.
 */
final class Inputs {

    static final JsonMapper JSON = JsonMapper.shared();

    private Inputs() {}

    /** Any text a person or a tool might send: empty, huge, control characters, surrogates, markup. */
    static Arbitrary<String> text() {
        return Arbitraries.oneOf(
                Arbitraries.strings().all().ofMaxLength(40),
                Arbitraries.strings().ascii().ofMaxLength(300),
                Arbitraries.of(
                        "",
                        " ",
                        "\u0000",
                        "%ff",
                        "${7*7}",
                        "#{7*7}",
                        "*{x}",
                        "__${x}__",
                        "<script>",
                        "'",
                        "\"",
                        "\\",
                        "0x2",
                        "+1",
                        "-1",
                        "1e309",
                        "NaN",
                        "\ud800",
                        "=1+2",
                        "@A1",
                        "ecs[0]",
                        "../../etc"),
                Arbitraries.integers().between(1, 70_000).map("a"::repeat));
    }

    static Arbitrary<JsonNode> jsonValue() {
        return Arbitraries.oneOf(
                text().map(JSON.getNodeFactory()::textNode),
                Arbitraries.longs().map(JSON.getNodeFactory()::numberNode),
                Arbitraries.doubles().map(JSON.getNodeFactory()::numberNode),
                Arbitraries.of(true, false).map(JSON.getNodeFactory()::booleanNode),
                Arbitraries.just(JSON.getNodeFactory().nullNode()),
                Arbitraries.just(JSON.getNodeFactory().arrayNode().add(1).add("x")),
                Arbitraries.just(JSON.getNodeFactory().objectNode().put("x", 1)));
    }

    /** A valid request with one mutation; the bytes of the JSON text. */
    static Arbitrary<String> mutatedJson(String valid) {
        ObjectNode base = (ObjectNode) JSON.readTree(valid);
        List<String> paths = paths(base, "");
        Arbitrary<String> replaced = Combinators.combine(Arbitraries.of(paths), jsonValue())
                .as((path, value) -> with(base, path, value).toString());
        Arbitrary<String> dropped =
                Arbitraries.of(paths).map(path -> with(base, path, null).toString());
        Arbitrary<String> added = Combinators.combine(text(), jsonValue())
                .as((name, value) -> base.deepCopy().set(name, value).toString());
        Arbitrary<String> cut =
                Arbitraries.integers().between(0, valid.length()).map(n -> valid.substring(0, n));
        Arbitrary<String> deep = Arbitraries.integers().between(1, 3000).map(n -> "[".repeat(n) + "]".repeat(n));
        return Arbitraries.frequencyOf(List.of(
                Tuple.of(5, replaced),
                Tuple.of(2, dropped),
                Tuple.of(2, added),
                Tuple.of(2, cut),
                Tuple.of(1, deep),
                Tuple.of(1, text())));
    }

    static Arbitrary<String> contentType() {
        return Arbitraries.of(
                "application/json",
                "application/json;charset=UTF-8",
                "application/json;charset=UTF-16",
                "application/json;charset=ISO-8859-1",
                "application/json;charset=no-such-charset",
                "application/problem+json",
                "application/vnd.rolewire+json",
                "text/plain",
                "application/xml",
                "*/*",
                "application/*",
                "multipart/form-data",
                "multipart/form-data; boundary=x",
                "application/x-www-form-urlencoded",
                "application/octet-stream",
                "json",
                ";;;",
                "");
    }

    /** How the text becomes bytes: as it claims, or not (a UTF-16 body sent as UTF-8, broken UTF-8). */
    static Arbitrary<byte[]> encoded(Arbitrary<String> bodies) {
        return Combinators.combine(bodies, Arbitraries.integers().between(0, 4)).as((body, how) -> switch (how) {
            case 1 -> body.getBytes(StandardCharsets.UTF_16);
            case 2 -> body.getBytes(StandardCharsets.ISO_8859_1);
            case 3 -> concat(new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xc3}, body.getBytes(StandardCharsets.UTF_8));
            default -> body.getBytes(StandardCharsets.UTF_8);
        });
    }

    /** An id as a client might spell one. */
    static Arbitrary<String> runId() {
        return Arbitraries.oneOf(
                Arbitraries.longs().between(0, 50).map(String::valueOf),
                Arbitraries.of("0x2", "+1", "%2B1", "01", "-1", "9223372036854775808", "1.0", "abc", "%ff", "1;x=y"));
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = new byte[a.length + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static List<String> paths(JsonNode node, String prefix) {
        List<String> paths = new java.util.ArrayList<>();
        for (var field : node.properties()) {
            String path = prefix + "/" + field.getKey();
            paths.add(path);
            if (field.getValue().isObject()) {
                paths.addAll(paths(field.getValue(), path));
            }
        }
        return paths;
    }

    /** A copy of {@code base} with the value at a JSON pointer replaced, or removed when null. */
    private static JsonNode with(ObjectNode base, String pointer, JsonNode value) {
        ObjectNode copy = base.deepCopy();
        int slash = pointer.lastIndexOf('/');
        ObjectNode parent = (ObjectNode) copy.at(pointer.substring(0, slash));
        String name = pointer.substring(slash + 1);
        if (value == null) {
            parent.remove(name);
        } else {
            parent.set(name, value);
        }
        return copy;
    }
}
