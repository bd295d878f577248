package io.rolewire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.audit.Checkpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkpoint file as the sink writes it, checked with the public key alone; every alteration named. */
class SignedCheckpointTest {

    static final String ROOT = "ab".repeat(32);

    @TempDir
    Path dir;

    CheckpointKey key;
    PublicKey publicKey;
    String file;

    @BeforeEach
    void aCheckpointFileFromTheSink() throws Exception {
        key = CheckpointKey.loadOrCreate(dir.resolve("key.pem"), true);
        publicKey = CheckpointKey.publicKey(key.publicKeyPem());
        Instant at = Instant.parse("2026-12-03T22:00:00.123456Z");
        String text = Checkpoint.text(12, ROOT, "cd".repeat(32), at, key.keyId());
        Checkpoint checkpoint = new Checkpoint(12, ROOT, "cd".repeat(32), at, key.keyId(), text, key.sign(text));
        file = Files.readString(new DirectoryCheckpointSink(dir.resolve("sink")).writeFile(checkpoint));
    }

    @Test
    void theSinksFileReadsBackAndVerifies() {
        SignedCheckpoint read = SignedCheckpoint.parseFile(file);

        assertThat(read.checkpoint().treeSize()).isEqualTo(12);
        assertThat(read.checkpoint().rootHash()).isEqualTo(ROOT);
        assertThat(read.check(publicKey)).isEmpty();
    }

    @Test
    void anAlteredRootIsASignatureThatDoesNotVerify() {
        SignedCheckpoint read = SignedCheckpoint.parseFile(file.replace(ROOT, "ac".repeat(32)));

        assertThat(read.check(publicKey)).hasValueSatisfying(m -> assertThat(m).contains("signature does not verify"));
    }

    @Test
    void anAlteredSignatureIsNamed() {
        int first = file.indexOf("signature ") + "signature ".length();
        char other = file.charAt(first) == 'A' ? 'B' : 'A';
        String forged = file.substring(0, first) + other + file.substring(first + 1);
        assertThat(SignedCheckpoint.parseFile(forged).check(publicKey))
                .hasValueSatisfying(m -> assertThat(m).contains("signature does not verify"));
    }

    @Test
    void anotherKeyIsNamedAsTheWrongPublicKey() throws Exception {
        PublicKey other = CheckpointKey.publicKey(
                CheckpointKey.loadOrCreate(dir.resolve("other.pem"), true).publicKeyPem());

        assertThat(SignedCheckpoint.parseFile(file).check(other))
                .hasValueSatisfying(m -> assertThat(m).contains("wrong public key"));
    }

    @Test
    void aTruncatedOrForeignFileIsRefusedWithAReason() {
        assertThatThrownBy(() -> SignedCheckpoint.parseFile(file.substring(0, 40)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("signature");
        assertThatThrownBy(() -> SignedCheckpoint.parseFile(file.replace("tree-size 12", "tree-size twelve")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unreadable value");
        assertThatThrownBy(() -> SignedCheckpoint.parseFile("hello\nsignature AAAA\n"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rolewire-checkpoint/1");
    }
}
