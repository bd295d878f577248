package io.rolewire.wiring;

import java.util.List;
import java.util.Objects;

/** Lists typed one entry per line or sent as JSON arrays: blank and null entries mean nothing. */
final class InputLists {

    private InputLists() {}

    static List<String> cleaned(List<String> entries) {
        if (entries == null) {
            return List.of();
        }
        return entries.stream()
                .filter(Objects::nonNull)
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .toList();
    }
}
