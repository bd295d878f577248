package io.rolewire.wiring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Collects violations in the order the rules found them; the English text comes from the bundle. */
final class Violations {

    private final List<Violation> found = new ArrayList<>();

    void add(String field, String code, Object... args) {
        List<Object> argList = Arrays.asList(args);
        found.add(new Violation(field, code, argList, WiringMessages.format(code, argList)));
    }

    void required(String field) {
        add(field, "wiring.required");
    }

    boolean hasAny() {
        return !found.isEmpty();
    }

    List<Violation> toList() {
        return List.copyOf(found);
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
