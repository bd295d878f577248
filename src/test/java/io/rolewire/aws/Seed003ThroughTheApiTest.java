package io.rolewire.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.rolewire.testsupport.FlociAccount;
import io.rolewire.testsupport.LocalFloci;
import io.rolewire.testsupport.RequiresFloci;
import io.rolewire.testsupport.aws.FaultProxy;
import io.rolewire.testsupport.aws.ProxiedCall;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.DocumentKeys;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.InlinePolicyNames;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * Seed 003 wired by hand through the public API only, against Floci with deployer roles, through the
 * FaultProxy (which records the calls and injects IAM's "Invalid principal" delay): how the apply is
 * meant to use this package (it adds planning, step records, retries and parallelism). Accounts of
 * its own per run, so it can share an emulator.
 */
@RequiresFloci
class Seed003ThroughTheApiTest {

    private static final String SOURCE =
            String.format("491%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    private static final String DESTINATION = "492" + SOURCE.substring(3);
    private static final String DEPLOYER = "rolewire-deployer";
    private static final String OTHER_STATEMENT =
            "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
                    + "\"Action\":\"sts:AssumeRole\"}";

    @TempDir
    Path directory;

    private final Wiring wiring = new Wiring();
    private final WiringInput input = new WiringInput(
            Workload.ECS_TASK,
            FlociAccount.REGION,
            new SourceRole(SOURCE, "my-ECS-task-role", true),
            new DestinationRole(DESTINATION, "destination-account-role", false, List.of()),
            new EcsTaskOptions("my-task-family", "app", "amazon/aws-cli", 256, 512, LaunchType.EC2, null, false),
            null);
    private FaultProxy proxy;
    private AwsSessions sessions;

    @BeforeEach
    void start() throws IOException {
        proxy = FaultProxy.start(LocalFloci.endpoint());
        StringBuilder credentials = new StringBuilder();
        Map<String, AwsProperties.Account> accounts = new LinkedHashMap<>();
        for (String account : List.of(SOURCE, DESTINATION)) {
            givenDeployerRole(account);
            credentials
                    .append("[floci-")
                    .append(account)
                    .append("]\naws_access_key_id = ")
                    .append(account);
            credentials.append("\naws_secret_access_key = test\n");
            accounts.put(
                    account,
                    AwsProperties.Account.of(
                            "arn:aws:iam::" + account + ":role/" + DEPLOYER, "external-id", "floci-" + account));
        }
        sessions = AwsSessions.create(new AwsProperties(
                proxy.endpoint(),
                FlociAccount.REGION,
                Files.writeString(directory.resolve("credentials"), credentials),
                accounts,
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                AwsProperties.RetryMode.STANDARD));
    }

    @AfterEach
    void stop() {
        sessions.close();
        proxy.close();
    }

    /** The role Rolewire assumes in {@code account}: its root may assume it, and it may do anything there. */
    private static void givenDeployerRole(String account) {
        try (IamClient iam = FlociAccount.root(account).iam()) {
            iam.createRole(r -> r.roleName(DEPLOYER)
                    .assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Principal\":{\"AWS\":\"arn:aws:iam::" + account + ":root\"},"
                            + "\"Action\":\"sts:AssumeRole\"}]}"));
            iam.putRolePolicy(r -> r.roleName(DEPLOYER)
                    .policyName("everything")
                    .policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Action\":\"*\",\"Resource\":\"*\"}]}"));
        }
    }

    private String document(Preview preview, String key) {
        return preview.document(key).orElseThrow().content();
    }

    @Test
    void wiresSeed003IntoBothAccountsAndTheLiveStateVerifies() {
        try (IamClient destinationRoot = FlociAccount.root(DESTINATION).iam()) {
            destinationRoot.createRole(r -> r.roleName("destination-account-role")
                    .assumeRolePolicyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[" + OTHER_STATEMENT + "]}"));
        }
        proxy.faults().invalidPrincipalAfterCreateRole(1);
        Preview preview = wiring.preview(input);
        AccountSession source = sessions.open(SOURCE, FlociAccount.REGION, "7");
        AccountSession destination = sessions.open(DESTINATION, FlociAccount.REGION, "7");

        LiveRole sourceRole = source.iamWrites()
                .createRole("my-ECS-task-role", document(preview, DocumentKeys.SOURCE_TRUST_POLICY), "7");
        source.iamWrites()
                .putRolePolicy(
                        "my-ECS-task-role",
                        InlinePolicyNames.assumeDestination(input.destination()),
                        document(preview, DocumentKeys.SOURCE_PERMISSION_POLICY));
        String liveTrust =
                destination.iam().role("destination-account-role").orElseThrow().trustPolicy();
        String merged = wiring.mergeDestinationTrust(liveTrust, input).document();
        AwsCallFailed notVisibleYet = null;
        try {
            destination.iamWrites().updateAssumeRolePolicy("destination-account-role", merged);
        } catch (AwsCallFailed e) {
            notVisibleYet = e; // the apply retries this with backoff; here once is enough
            destination.iamWrites().updateAssumeRolePolicy("destination-account-role", merged);
        }
        LiveTaskDefinition task = source.ecsWrites().register(document(preview, DocumentKeys.TASK_DEFINITION));

        assertThat(notVisibleYet)
                .isNotNull()
                .satisfies(e -> assertThat(e.invalidPrincipal()).isTrue());
        Simulation simulation = source.iam()
                .simulate(
                        sourceRole.arn(),
                        "sts:AssumeRole",
                        "arn:aws:iam::" + DESTINATION + ":role/destination-account-role");
        assertThat(simulation.allowed()).isTrue();
        String trust =
                destination.iam().role("destination-account-role").orElseThrow().trustPolicy();
        assertThat(trust).contains(sourceRole.arn()).contains("ec2.amazonaws.com");
        assertThat(source.ecs().latest("my-task-family").orElseThrow().taskRoleArn())
                .isEqualTo(sourceRole.arn());
        assertThat(task.revision()).isEqualTo(1);
        assertThat(proxy.calls())
                .filteredOn(ProxiedCall::isWrite)
                .extracting(ProxiedCall::action, ProxiedCall::account)
                .containsExactly(
                        tuple("CreateRole", SOURCE),
                        tuple("PutRolePolicy", SOURCE),
                        tuple("UpdateAssumeRolePolicy", DESTINATION),
                        tuple("UpdateAssumeRolePolicy", DESTINATION),
                        tuple("RegisterTaskDefinition", SOURCE));
        assertThat(proxy.calls("AssumeRole"))
                .isNotEmpty()
                .extracting(r -> r.parameter("RoleSessionName"))
                .containsOnly("rolewire-run-7");
    }
}
