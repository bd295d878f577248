package io.rolewire.wiring;

import java.util.List;
import tools.jackson.databind.node.ArrayNode;

/**
 * SHA-256 over the documents in their canonical compact form. An approval is bound to this value,
 * so it must change with any content and with nothing else (not spacing, not key order).
 */
final class PlanHash {

    private PlanHash() {}

    static String of(List<RenderedDocument> documents) {
        ArrayNode all = CanonicalJson.array();
        documents.forEach(document -> all.add(document.hashInput()));
        return Sha256.hex(CanonicalJson.compact(all));
    }
}
