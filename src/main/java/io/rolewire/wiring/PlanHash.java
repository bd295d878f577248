package io.rolewire.wiring;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
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
        return sha256Hex(CanonicalJson.compact(all));
    }

    private static String sha256Hex(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform must provide SHA-256", e);
        }
    }
}
