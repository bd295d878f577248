package io.rolewire.export;

import io.rolewire.wiring.Document;
import io.rolewire.wiring.Json;
import io.rolewire.wiring.WiringInput;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What an export is generated from: a run's id, its inputs and its documents exactly as stored. The
 * documents are the source of every policy; the inputs only say which resources exist already.
 */
public record ExportedRun(long runId, WiringInput input, List<Document> documents) {

    public ExportedRun {
        documents = List.copyOf(documents);
    }

    /** A JSON document of the run, parsed; empty when the run has none under this key. */
    Optional<JsonNode> json(String key) {
        return documents.stream()
                .filter(d -> d.key().equals(key))
                .findFirst()
                .map(d -> Json.mapper().readTree(d.content()));
    }

    JsonNode required(String key) {
        return json(key).orElseThrow(() -> new IllegalArgumentException("run " + runId + " has no " + key));
    }
}
