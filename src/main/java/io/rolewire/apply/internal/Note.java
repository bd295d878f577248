package io.rolewire.apply.internal;

import java.util.List;

/**
 * What a decision says about a resource, as a message key of the bundles and its arguments (names,
 * account ids, AWS's or the wiring core's own text), so the domain holds no English.
 */
record Note(String code, List<String> args) {

    Note {
        args = List.copyOf(args);
    }

    static Note of(String code, String... args) {
        return new Note(code, List.of(args));
    }
}
