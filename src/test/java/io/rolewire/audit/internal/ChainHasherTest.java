package io.rolewire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class ChainHasherTest {

    static final Instant AT = Instant.parse("2026-11-22T12:00:00.123456789Z");

    @Test
    void theCanonicalFormIsACompactArrayWithMicrosecondsAndSortedDetailKeys() {
        ChainedEvent event = event(7, 3L, 2, "{ \"b\": 1, \"a\": {\"d\": [2, 1], \"c\": null} }");

        assertThat(ChainHasher.canonical(event))
                .isEqualTo("[7,3,2,\"APPROVED\",\"admin\",\"2026-11-22T12:00:00.123456Z\","
                        + "{\"a\":{\"c\":null,\"d\":[2,1]},\"b\":1}]");
    }

    @Test
    void anAuditEventHasNullRunAndSeqAndWholeSecondsKeepSixDigits() {
        ChainedEvent event = new ChainedEvent(
                1, null, null, "EXPORTED", "reviewer", Instant.parse("2026-11-22T12:00:00Z"), "{}", null, null);

        assertThat(ChainHasher.canonical(event))
                .isEqualTo("[1,null,null,\"EXPORTED\",\"reviewer\",\"2026-11-22T12:00:00.000000Z\",{}]");
    }

    @Test
    void theHashIsSha256OfThePreviousHashFollowedByTheCanonicalForm() throws Exception {
        ChainedEvent event = event(7, 3L, 2, "{\"b\":1}");
        String expected = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(("f".repeat(64) + ChainHasher.canonical(event)).getBytes(StandardCharsets.UTF_8)));

        assertThat(ChainHasher.hash("f".repeat(64), event)).isEqualTo(expected).hasSize(64);
    }

    @Test
    void whitespaceAndKeyOrderOfTheDetailDoNotChangeTheHashButAValueDoes() {
        String hash = ChainHasher.hash(ChainHasher.GENESIS, event(1, 1L, 1, "{\"a\":1,\"b\":2}"));

        assertThat(ChainHasher.hash(ChainHasher.GENESIS, event(1, 1L, 1, "{ \"b\" : 2, \"a\" : 1 }")))
                .isEqualTo(hash);
        assertThat(ChainHasher.hash(ChainHasher.GENESIS, event(1, 1L, 1, "{\"a\":1,\"b\":3}")))
                .isNotEqualTo(hash);
        assertThat(ChainHasher.hash(ChainHasher.GENESIS, event(2, 1L, 1, "{\"a\":1,\"b\":2}")))
                .as("the position is hashed")
                .isNotEqualTo(hash);
        assertThat(ChainHasher.hash("1".repeat(64), event(1, 1L, 1, "{\"a\":1,\"b\":2}")))
                .as("the link is hashed")
                .isNotEqualTo(hash);
    }

    static ChainedEvent event(long position, Long runId, Integer seq, String detail) {
        return new ChainedEvent(position, runId, seq, "APPROVED", "admin", AT, detail, null, null);
    }
}
