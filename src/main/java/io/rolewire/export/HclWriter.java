package io.rolewire.export;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Writes HCL (Terraform's native syntax) text. Values from a run (names, ARNs, documents) only ever
 * go out as quoted strings or heredocs, escaped so that nothing in them can end the string or start
 * a template interpolation ({@code ${}} or directive ({@code %{}}); block labels and attribute names
 * are Rolewire's own and are checked to be identifiers. Expressions ({@link #expression}) are for
 * references Rolewire writes itself ({@code module.source.role_arn}), never for input.
 */
final class HclWriter {

    private static final Pattern LABEL = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*");
    private static final String HEREDOC = "EOT";

    private final StringBuilder out = new StringBuilder();
    private int depth;

    /** Each line of {@code text} as a {@code #} comment: a line break in it cannot end the comment early. */
    HclWriter comment(String text) {
        text.lines().forEach(line -> line(("# " + line).stripTrailing()));
        return this;
    }

    HclWriter blankLine() {
        out.append('\n');
        return this;
    }

    /** {@code type "label" "label" {}; labels are Rolewire's names, checked, then quoted. */
    HclWriter open(String type, String... labels) {
        StringBuilder header = new StringBuilder(identifier(type));
        for (String label : labels) {
            header.append(" \"").append(identifier(label)).append('"');
        }
        line(header.append(" {").toString());
        depth++;
        return this;
    }

    HclWriter close() {
        depth--;
        line("}");
        return this;
    }

    HclWriter string(String name, String value) {
        return expression(name, quoted(value));
    }

    HclWriter strings(String name, List<String> values) {
        return expression(name, list(values.stream().map(HclWriter::quoted).toList()));
    }

    HclWriter bool(String name, boolean value) {
        return expression(name, String.valueOf(value));
    }

    /** A map of string to string, keys quoted too (tag keys hold colons). */
    HclWriter stringMap(String name, Map<String, String> entries) {
        line(identifier(name) + " = {");
        entries.forEach((key, value) -> line("  " + quoted(key) + " = " + quoted(value)));
        line("}");
        return this;
    }

    /** A raw expression: a reference or literal Rolewire writes itself, never a value from input. */
    HclWriter expression(String name, String expression) {
        line(identifier(name) + " = " + expression);
        return this;
    }

    /**
     * A JSON document as an indented heredoc. Inside a heredoc {@code ${} and {@code %{} still start a
     * template, so they are doubled ({@code $${}}, {@code %%{}}): Terraform reads them back as written.
     */
    HclWriter heredoc(String name, String json) {
        line(identifier(name) + " = <<-" + HEREDOC);
        depth++;
        for (String line : json.strip().lines().toList()) {
            if (line.strip().equals(HEREDOC)) {
                throw new IllegalArgumentException("a heredoc line may not be " + HEREDOC);
            }
            line(escapeTemplates(line));
        }
        depth--;
        line(HEREDOC);
        return this;
    }

    String text() {
        return out.toString();
    }

    /** A quoted HCL string: backslash, quote, line breaks and control characters escaped, templates doubled. */
    static String quoted(String value) {
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '\\' -> quoted.append("\\\\");
                case '"' -> quoted.append("\\\"");
                case '\n' -> quoted.append("\\n");
                case '\r' -> quoted.append("\\r");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c < 0x20 || c == 0x7f ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return escapeTemplates(quoted.append('"').toString());
    }

    static String list(List<String> expressions) {
        return "[" + String.join(", ", expressions) + "]";
    }

    static String identifier(String name) {
        if (!LABEL.matcher(name).matches()) {
            throw new IllegalArgumentException("not an HCL identifier: " + name);
        }
        return name;
    }

    private static String escapeTemplates(String text) {
        return text.replace("${", "$${").replace("%{", "%%{");
    }

    private void line(String text) {
        out.append("  ".repeat(Math.max(depth, 0))).append(text).append('\n');
    }
}
