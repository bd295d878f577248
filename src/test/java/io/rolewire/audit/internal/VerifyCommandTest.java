package io.rolewire.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.RolewireApplication;
import io.rolewire.audit.Checkpoint;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verify command in a separate JVM, as a reviewer runs it: exit codes and what it prints. */
class VerifyCommandTest {

    @TempDir
    Path dir;

    Path checkpoint;
    Path publicKey;

    @BeforeEach
    void aCheckpointAndItsPublicKey() throws Exception {
        CheckpointKey key = CheckpointKey.loadOrCreate(dir.resolve("key.pem"), true);
        publicKey = Files.writeString(dir.resolve("public.pem"), key.publicKeyPem());
        Instant at = Instant.parse("2026-12-03T22:00:00Z");
        String text = Checkpoint.text(5, "ab".repeat(32), "cd".repeat(32), at, key.keyId());
        checkpoint = new DirectoryCheckpointSink(dir.resolve("sink"))
                .writeFile(new Checkpoint(5, "ab".repeat(32), "cd".repeat(32), at, key.keyId(), text, key.sign(text)));
    }

    @Test
    void anIntactCheckpointExitsZeroATamperedOneOneAndBadUsageTwo() throws Exception {
        Path tampered = Files.writeString(
                dir.resolve("tampered.txt"), Files.readString(checkpoint).replace("tree-size 5", "tree-size 6"));

        Result intact = verify(checkpoint.toString(), "--public-key", publicKey.toString());
        Result altered = verify(tampered.toString(), "--public-key", publicKey.toString());
        Result usage = verify(checkpoint.toString());

        assertThat(intact.exit()).isZero();
        assertThat(intact.out()).startsWith("intact\n");
        assertThat(altered.exit()).isEqualTo(1);
        assertThat(altered.out()).contains("signature does not verify").doesNotContain("Exception");
        assertThat(usage.exit()).isEqualTo(2);
        assertThat(usage.err()).contains("usage: verify FILE --public-key KEY.pem");
    }

    @Test
    void aForeignFileAndAMissingKeyAreNamedWithoutAStackTrace() throws Exception {
        Path foreign = Files.writeString(dir.resolve("foreign.txt"), "position,run_id\n");

        Result notOurs = verify(foreign.toString(), "--public-key", publicKey.toString());
        Result noKey = verify(
                checkpoint.toString(), "--public-key", dir.resolve("none.pem").toString());

        assertThat(notOurs.exit()).isEqualTo(1);
        assertThat(notOurs.out()).contains("not a Rolewire checkpoint");
        assertThat(noKey.exit()).isEqualTo(2);
        assertThat(noKey.err()).contains("cannot read").doesNotContain("at io.rolewire");
    }

    record Result(int exit, String out, String err) {}

    private static Result verify(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new java.util.ArrayList<>(List.of(
                java, "-cp", System.getProperty("java.class.path"), RolewireApplication.class.getName(), "verify"));
        command.addAll(List.of(args));
        File errFile = Files.createTempFile("verify", ".err").toFile();
        Process process = new ProcessBuilder(command).redirectError(errFile).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        return new Result(exit, out, Files.readString(errFile.toPath()));
    }
}
