package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.floci.testcontainers.FlociContainer;
import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AwsProperties;
import io.rolewire.aws.LiveRole;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;

/**
 * The gateways against a real emulator (Floci) rather than our stub: a role created through them reads
 * back with its trust policy. Skips without Docker; the adapter tests against a
 * running Floci (IamWritesTest and the others) cover the same calls.
 */
@Testcontainers(disabledWithoutDocker = true)
class FlociContainerTest {

    private static final String ACCOUNT = "111122223333";
    private static final String TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";

    @Container
    static final FlociContainer floci = new FlociContainer().withDefaultAccountId(ACCOUNT);

    @TempDir
    Path directory;

    @Test
    void aCreatedRoleReadsBackWithItsTrustPolicy() throws IOException {
        try (SdkSessions sessions = new SdkSessions(properties())) {
            AccountSession session = sessions.open(ACCOUNT, floci.getRegion(), "floci-1");

            LiveRole created = session.iamWrites().createRole("my-ECS-task-role", TRUST, "floci-1");
            LiveRole read = session.iam().role("my-ECS-task-role").orElseThrow();

            assertThat(read.arn()).isEqualTo(created.arn()).endsWith(":role/my-ECS-task-role");
            assertThat(read.roleId()).isEqualTo(created.roleId());
            assertThat(read.trustPolicy()).contains("ecs-tasks.amazonaws.com");
        }
    }

    private AwsProperties properties() throws IOException {
        Path credentials = directory.resolve("credentials");
        Files.writeString(
                credentials,
                "[floci]\naws_access_key_id = " + floci.getAccessKey() + "\naws_secret_access_key = "
                        + floci.getSecretKey() + "\n");
        return new AwsProperties(
                URI.create(floci.getEndpoint()),
                floci.getRegion(),
                credentials,
                Map.of(ACCOUNT, AwsProperties.Account.of(null, null, "floci")),
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                AwsProperties.RetryMode.STANDARD);
    }
}
