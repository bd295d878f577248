package io.rolewire.web.wizard;

import java.util.Arrays;
import java.util.List;

/** Turns what was typed into domain values: trimmed, blank as null, lists one per line. */
final class Text {

    private Text() {}

    static String trimmed(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }

    static List<String> lines(String typed) {
        if (typed == null) {
            return List.of();
        }
        return Arrays.stream(typed.split("\\R"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    /** Syntax was checked by the form; anything else (e.g. a value saved by Back) is no number. */
    static Integer number(String typed) {
        String value = trimmed(typed);
        return value != null && value.matches("\\d{1,9}") ? Integer.valueOf(value) : null;
    }

    static boolean on(String typed) {
        return "true".equals(typed);
    }

    static <E extends Enum<E>> E choice(Class<E> type, String typed) {
        String value = trimmed(typed);
        if (value == null) {
            return null;
        }
        return Arrays.stream(type.getEnumConstants())
                .filter(constant -> constant.name().equals(value))
                .findFirst()
                .orElse(null);
    }
}
