package io.rolewire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What an offline verifier does with the public key alone: the same key code that signs. */
class CheckpointKeyTest {

    static final String TEXT = "rolewire-checkpoint/1\ntree-size 3\n";

    @TempDir
    Path dir;

    @Test
    void theSignatureVerifiesWithThePublicPemAndNothingElse() throws Exception {
        CheckpointKey key = CheckpointKey.loadOrCreate(dir.resolve("a.pem"), true);
        CheckpointKey other = CheckpointKey.loadOrCreate(dir.resolve("b.pem"), true);
        PublicKey mine = CheckpointKey.publicKey(key.publicKeyPem());
        String signature = key.sign(TEXT);

        assertThat(CheckpointKey.verifies(mine, TEXT, signature)).isTrue();
        assertThat(CheckpointKey.keyId(mine)).isEqualTo(key.keyId());
        assertThat(CheckpointKey.verifies(mine, TEXT.replace('3', '4'), signature))
                .as("altered text")
                .isFalse();
        assertThat(CheckpointKey.verifies(CheckpointKey.publicKey(other.publicKeyPem()), TEXT, signature))
                .as("wrong key")
                .isFalse();
        assertThat(CheckpointKey.verifies(mine, TEXT, "not base64!")).isFalse();
        assertThat(CheckpointKey.verifies(mine, TEXT, "AAAA")).isFalse();
    }

    @Test
    void theWholeKeyFileAlsoGivesThePublicKey() throws Exception {
        CheckpointKey key = CheckpointKey.loadOrCreate(dir.resolve("a.pem"), true);
        PublicKey fromFile = CheckpointKey.publicKey(Files.readString(dir.resolve("a.pem")));

        assertThat(CheckpointKey.keyId(fromFile)).isEqualTo(key.keyId());
    }

    @Test
    void somethingElseIsRefusedWithAReason() {
        assertThatThrownBy(() -> CheckpointKey.publicKey("hello"))
                .isInstanceOf(GeneralSecurityException.class)
                .hasMessageContaining("PUBLIC KEY");
        assertThatThrownBy(() -> CheckpointKey.publicKey("-----BEGIN PUBLIC KEY-----\n%%%\n-----END PUBLIC KEY-----\n"))
                .isInstanceOf(GeneralSecurityException.class);
    }
}
