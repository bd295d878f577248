package io.rolewire.wiring;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** A document before it becomes text: JSON documents keep their tree for findings and the hash. */
record RenderedDocument(String key, DocumentFormat format, JsonNode json, String text) {

    static RenderedDocument json(String key, JsonNode json) {
        return new RenderedDocument(key, DocumentFormat.JSON, json, null);
    }

    static RenderedDocument text(String key, DocumentFormat format, String text) {
        return new RenderedDocument(key, format, null, text);
    }

    Document toDocument() {
        return new Document(key, format, json != null ? CanonicalJson.pretty(json) : text);
    }

    /** What the plan hash covers: the key and the content itself, JSON as a tree (not its spacing). */
    ObjectNode hashInput() {
        ObjectNode entry = CanonicalJson.object();
        entry.put("key", key);
        if (json != null) {
            entry.set("content", json);
        } else {
            entry.put("content", text);
        }
        return entry;
    }
}
