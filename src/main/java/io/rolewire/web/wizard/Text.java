package io.rolewire.web.wizard;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Arrays;
import java.util.List;

/** Turns what was typed into domain values: trimmed, blank as null, lists one per line. */
final class Text {

    private static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm[:ss]").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

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

    /** What a {@code datetime-local} input sends, read as UTC; null when empty or no such time. */
    static Instant utcInstant(String typed) {
        String value = trimmed(typed);
        if (value == null || value.length() > 19) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, DATE_TIME).toInstant(ZoneOffset.UTC);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The form of {@link #utcInstant}: minutes, with seconds only when there are any. */
    static String utcDateTime(Instant instant) {
        if (instant == null) {
            return "";
        }
        LocalDateTime local = LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
        return local.getSecond() == 0 ? local.format(MINUTES) : local.format(SECONDS);
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
