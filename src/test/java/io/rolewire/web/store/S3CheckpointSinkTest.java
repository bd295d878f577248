package io.rolewire.web.store;

import static io.rolewire.runs.RunFixtures.ecsInput;
import static io.rolewire.runs.RunFixtures.previewFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.audit.Checkpoint;
import io.rolewire.audit.Checkpoints;
import io.rolewire.audit.OfflineVerification;
import io.rolewire.aws.AwsProperties;
import io.rolewire.aws.ObjectStore;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Runs;
import io.rolewire.testsupport.FlociAccount;
import io.rolewire.testsupport.LocalFloci;
import io.rolewire.testsupport.RequiresFloci;
import io.rolewire.wiring.WiringInput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Checkpoints written to an S3 bucket (Floci's S3) instead of the directory: the object holds exactly the
 * signed checkpoint, the offline verifier accepts what was read back, and a write never replaces an
 * object. The bucket is this run's own.
 */
@RequiresFloci
@SpringBootTest
class S3CheckpointSinkTest {

    static final String ACCOUNT = "439000000077";
    static final String BUCKET =
            "rolewire-checkpoints-" + UUID.randomUUID().toString().substring(0, 8);

    @DynamicPropertySource
    static void checkpointsInABucket(DynamicPropertyRegistry registry) {
        try (S3Client s3 = S3Client.builder()
                .endpointOverride(LocalFloci.endpoint())
                .region(Region.of(FlociAccount.REGION))
                .forcePathStyle(true)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCOUNT, "test")))
                .build()) {
            s3.createBucket(r -> r.bucket(BUCKET));
        }
        registry.add("rolewire.aws.endpoint-url", () -> LocalFloci.endpoint().toString());
        registry.add("rolewire.aws.accounts." + ACCOUNT + ".access-key-id", () -> ACCOUNT);
        registry.add("rolewire.audit.checkpoint-s3-bucket", () -> BUCKET);
        registry.add("rolewire.audit.checkpoint-s3-account", () -> ACCOUNT);
    }

    @Autowired
    Checkpoints checkpoints;

    @Autowired
    ObjectStore checkpointObjects;

    @Autowired
    AwsProperties aws;

    @Autowired
    Runs runs;

    @TempDir
    Path files;

    @Test
    void aCheckpointIsWrittenToTheBucketAndVerifiesOfflineFromThere() throws IOException {
        WiringInput input = ecsInput("111122223333", "s3-task", "555566667777", "s3-reader");
        runs.createDraft(input, previewFor(input), new Actor("operator"));

        Checkpoint checkpoint = checkpoints.checkpointNow().orElseThrow();

        byte[] stored = checkpointObjects.read("checkpoints/" + checkpoint.fileName());
        assertThat(new String(stored, StandardCharsets.UTF_8)).isEqualTo(checkpoint.fileText());
        Path file = Files.write(files.resolve(checkpoint.fileName()), stored);
        Path key = Files.writeString(files.resolve("key.pem"), checkpoints.publicKeyPem());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit = OfflineVerification.run(
                new String[] {file.toString(), "--public-key", key.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8),
                System.err);
        assertThat(exit).as(out.toString(StandardCharsets.UTF_8)).isZero();
    }

    @Test
    void anObjectIsNeverReplaced() {
        String key = "checkpoints/once-" + UUID.randomUUID() + ".txt";

        assertThat(checkpointObjects.putIfAbsent(key, "first".getBytes(StandardCharsets.UTF_8), "text/plain"))
                .isTrue();
        checkpointObjects.putIfAbsent(key, "second".getBytes(StandardCharsets.UTF_8), "text/plain");

        assertThat(new String(checkpointObjects.read(key), StandardCharsets.UTF_8))
                .isEqualTo("first");
    }

    @Test
    void aBucketThatIsNotThereIsNamedWithAwsErrorCode() {
        try (ObjectStore missing = ObjectStore.s3(aws, BUCKET + "-missing", ACCOUNT)) {
            assertThatThrownBy(() -> missing.putIfAbsent("k", new byte[] {1}, "text/plain"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("s3://" + BUCKET + "-missing/k")
                    .hasMessageContaining("NoSuchBucket");
        }
    }
}
