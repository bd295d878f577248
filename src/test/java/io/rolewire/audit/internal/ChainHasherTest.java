package io.rolewire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ChainHasherTest {

    static final Instant AT = Instant.parse("2026-11-22T12:00:00.123456789Z");

    @Test
    void theLeafFormIsACompactArrayWithMicrosecondsAndTheDetailAsTheExactTextStored() {
        ChainedEvent event = event(7, 3L, 2, "{ \"b\": 1, \"a\": 2 }");

        assertThat(ChainHasher.leafForm(event))
                .isEqualTo("[7,3,2,\"APPROVED\",\"admin\",\"2026-11-22T12:00:00.123456Z\","
                        + "\"{ \\\"b\\\": 1, \\\"a\\\": 2 }\"]");
    }

    @Test
    void anAuditEventHasNullRunAndSeqAndWholeSecondsKeepSixDigits() {
        ChainedEvent event = new ChainedEvent(
                1L, null, null, "EXPORTED", "reviewer", Instant.parse("2026-11-22T12:00:00Z"), "{}", null, null);

        assertThat(ChainHasher.leafForm(event))
                .isEqualTo("[1,null,null,\"EXPORTED\",\"reviewer\",\"2026-11-22T12:00:00.000000Z\",\"{}\"]");
    }

    @Test
    void theHashIsSha256OfThePreviousHashAndTheRfc6962LeafHash() throws Exception {
        ChainedEvent event = event(7, 3L, 2, "{\"b\":1}");
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        ByteArrayOutputStream leaf = new ByteArrayOutputStream();
        leaf.write(0);
        leaf.write(ChainHasher.leafForm(event).getBytes(StandardCharsets.UTF_8));
        byte[] leafHash = sha.digest(leaf.toByteArray());
        sha.update(HexFormat.of().parseHex("f".repeat(64)));
        sha.update(leafHash);
        String expected = HexFormat.of().formatHex(sha.digest());

        assertThat(ChainHasher.leafHash(event)).isEqualTo(leafHash);
        assertThat(ChainHasher.hash("f".repeat(64), event)).isEqualTo(expected).hasSize(64);
    }

    @Test
    void everyStoredByteOfTheDetailChangesTheHashEvenWhitespace() {
        String hash = ChainHasher.hash(ChainHasher.GENESIS, event(1, 1L, 1, "{\"a\":1,\"b\":2}"));

        assertThat(ChainHasher.hash(ChainHasher.GENESIS, event(1, 1L, 1, "{\"a\":1, \"b\":2}")))
                .as("a whitespace-only change")
                .isNotEqualTo(hash);
        assertThat(ChainHasher.hash(ChainHasher.GENESIS, event(1, 1L, 1, "{\"b\":2,\"a\":1}")))
                .as("the same meaning in another key order")
                .isNotEqualTo(hash);
        assertThat(ChainHasher.hash(ChainHasher.GENESIS, event(2, 1L, 1, "{\"a\":1,\"b\":2}")))
                .as("the position is hashed")
                .isNotEqualTo(hash);
        assertThat(ChainHasher.hash("1".repeat(64), event(1, 1L, 1, "{\"a\":1,\"b\":2}")))
                .as("the link is hashed")
                .isNotEqualTo(hash);
    }

    @Test
    void eventsChainedBeforeV8StillCheckWithTheParsedLegacyForm() throws Exception {
        ChainedEvent legacy = new ChainedEvent(
                7L, 3L, 2, "APPROVED", "admin", AT, "{ \"b\": 1, \"a\": 2 }", null, null, ChainHasher.LEGACY);
        String form = "[7,3,2,\"APPROVED\",\"admin\",\"2026-11-22T12:00:00.123456Z\",{\"a\":2,\"b\":1}]";
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(("f".repeat(64) + form).getBytes(StandardCharsets.UTF_8)));

        assertThat(ChainHasher.leafForm(legacy)).isEqualTo(form);
        assertThat(ChainHasher.hash("f".repeat(64), legacy)).isEqualTo(expected);
    }

    static ChainedEvent event(long position, Long runId, Integer seq, String detail) {
        return new ChainedEvent(position, runId, seq, "APPROVED", "admin", AT, detail, null, null);
    }
}
