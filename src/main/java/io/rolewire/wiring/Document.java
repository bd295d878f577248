package io.rolewire.wiring;

/**
 * One rendered artefact. {@code content} is pretty-printed for people (JSON with two-space indent,
 * keys in a stable order); the plan hash uses the canonical compact form instead.
 */
public record Document(String key, DocumentFormat format, String content) {

    public String fileName() {
        return key + "." + format.extension();
    }
}
