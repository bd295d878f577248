package io.rolewire.audit.internal;

import io.rolewire.audit.proof.Hashes;
import io.rolewire.wiring.Json;
import io.rolewire.wiring.Sha256;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * How an event is hashed into the chain (docs/adr/008-record-hashing-and-checkpoints.md).
 *
 * <p>The leaf form is a compact JSON array {@code [position, runId, seq, type, actor, time,
 * detail]}: the time with exactly six fraction digits in UTC (what PostgreSQL keeps). Scheme 2, for
 * every event written since V8, embeds the detail as the exact text stored (a JSON string), so any
 * stored byte changes the hash; leaf hash = SHA-256(0x00 || leaf form) as in RFC 6962, and hash =
 * SHA-256(previous hash || leaf hash) over the raw 32-byte values. Scheme 1 (events written before
 * V8) parsed the detail and hashed hex(SHA-256(previous hash hex + leaf form)); it is kept only to
 * check those old events.
 */
final class ChainHasher {

    /** The link of position 1. */
    static final String GENESIS = "0".repeat(64);

    static final int LEGACY = 1;
    static final int EXACT = 2;

    private static final JsonMapper JSON = Json.mapper();
    private static final DateTimeFormatter MICROS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of();

    private ChainHasher() {}

    static String hash(String previousHash, ChainedEvent event) {
        if (event.scheme() == LEGACY) {
            return Sha256.hex(previousHash + leafForm(event));
        }
        MessageDigest digest = Sha256.newDigest();
        digest.update(HEX.parseHex(previousHash));
        digest.update(leafHash(event));
        return HEX.formatHex(digest.digest());
    }

    /** RFC 6962 leaf hash of the event's leaf form: what the Merkle tree of the checkpoints is built on. */
    static byte[] leafHash(ChainedEvent event) {
        return Hashes.leafHash(leafForm(event).getBytes(StandardCharsets.UTF_8));
    }

    static String leafForm(ChainedEvent event) {
        ArrayNode form = JsonNodeFactory.instance.arrayNode();
        form.add(event.position());
        form.add(event.runId());
        form.add(event.seq());
        form.add(event.type());
        form.add(event.actor());
        form.add(micros(event.at()));
        if (event.scheme() == LEGACY) {
            form.add(parsedDetail(event.detail()));
        } else {
            form.add(event.detail());
        }
        return JSON.writeValueAsString(form);
    }

    static String micros(Instant at) {
        return MICROS.format(at.truncatedTo(ChronoUnit.MICROS));
    }

    /** Scheme 1 only. Not JSON (it always is, through the application) is hashed as the text it is. */
    private static JsonNode parsedDetail(String detail) {
        try {
            return JSON.readTree(detail);
        } catch (JacksonException notJson) {
            return JsonNodeFactory.instance.stringNode(detail);
        }
    }
}
