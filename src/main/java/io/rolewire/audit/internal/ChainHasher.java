package io.rolewire.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * hash = SHA-256(previous hash + canonical form). The canonical form is a compact JSON array
 * {@code [position, runId, seq, type, actor, time, detail]}: the time with exactly six fraction
 * digits in UTC (what PostgreSQL keeps), the detail parsed and written with sorted keys, so that
 * the same event gives the same bytes on every database and after every round trip.
 */
final class ChainHasher {

    /** The link of position 1. */
    static final String GENESIS = "0".repeat(64);

    private static final JsonMapper JSON =
            JsonMapper.builder().enable(JsonNodeFeature.WRITE_PROPERTIES_SORTED).build();
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private ChainHasher() {}

    static String hash(String previousHash, ChainedEvent event) {
        return sha256(previousHash + canonical(event));
    }

    static String canonical(ChainedEvent event) {
        ArrayNode form = JsonNodeFactory.instance.arrayNode();
        form.add(event.position());
        form.add(event.runId());
        form.add(event.seq());
        form.add(event.type());
        form.add(event.actor());
        form.add(micros(event.at()));
        form.add(detail(event.detail()));
        return JSON.writeValueAsString(form);
    }

    static String micros(Instant at) {
        return MICROS.format(at.truncatedTo(ChronoUnit.MICROS));
    }

    /** Not JSON (it always is, through the application) is hashed as the text it is. */
    private static JsonNode detail(String detail) {
        try {
            return JSON.readTree(detail);
        } catch (JacksonException notJson) {
            return JsonNodeFactory.instance.stringNode(detail);
        }
    }

    private static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
