package io.rolewire.wiring;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Writes a bash script of AWS CLI commands. Every value is single-quoted and every document goes
 * through a quoted heredoc, so no name or policy text is ever interpreted by the shell.
 */
final class ShellScript {

    private static final String CONTINUATION = " \\\n    ";

    private final StringBuilder text = new StringBuilder();

    ShellScript(List<String> headerComments) {
        text.append("#!/usr/bin/env bash\n");
        headerComments.forEach(this::comment);
        text.append("set -euo pipefail\n");
    }

    /** Starts a step: a blank line, then comments saying whose credentials it needs and what it does. */
    ShellScript step(String credentials, String... what) {
        text.append('\n');
        comment("Needs credentials for " + credentials + ".");
        for (String line : what) {
            comment(line);
        }
        return this;
    }

    ShellScript comment(String line) {
        text.append("# ").append(line).append('\n');
        return this;
    }

    /** A command whose words are already safe (the fixed "aws iam create-role" part) plus options. */
    ShellScript command(String program, Option... options) {
        List<String> parts = new ArrayList<>(List.of(program));
        for (Option option : options) {
            parts.add(option.name() + " " + option.shellValue());
        }
        text.append(String.join(CONTINUATION, parts)).append('\n');
        return this;
    }

    String build() {
        return text.toString();
    }

    /** Single quotes keep every character literal; a quote itself is closed, escaped and reopened. */
    static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }

    /** One {@code --name value} pair, rendered safe for the shell. */
    record Option(String name, String shellValue) {

        static Option value(String name, String value) {
            return new Option(name, quote(value));
        }

        /** The document as pretty canonical JSON inside a quoted heredoc: nothing in it is expanded. */
        static Option document(String name, JsonNode json) {
            return new Option(name, "\"$(cat <<'JSON'\n" + CanonicalJson.pretty(json) + "\nJSON\n)\"");
        }

        /** A value the shell must expand, e.g. a required variable; the caller vouches for it. */
        static Option expanded(String name, String shellExpression) {
            return new Option(name, shellExpression);
        }
    }
}
