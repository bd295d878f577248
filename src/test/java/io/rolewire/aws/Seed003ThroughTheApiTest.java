package io.rolewire.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.rolewire.testsupport.aws.AwsStub;
import io.rolewire.testsupport.aws.StubCredentials;
import io.rolewire.testsupport.aws.StubRequest;
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
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seed 003 wired by hand through the public API only, against the stub with deployer roles: how the
 * apply is meant to use this package (it adds planning, step records, retries and parallelism).
 */
class Seed003ThroughTheApiTest {

    private static final String SOURCE = "111122223333";
    private static final String DESTINATION = "555566667777";
    private static final String OTHER_STATEMENT =
            "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"ec2.amazonaws.com\"},"
                    + "\"Action\":\"sts:AssumeRole\"}";

    @TempDir
    Path directory;

    private final Wiring wiring = new Wiring();
    private final WiringInput input = new WiringInput(
            Workload.ECS_TASK,
            AwsStub.REGION,
            new SourceRole(SOURCE, "my-ECS-task-role", true),
            new DestinationRole(DESTINATION, "destination-account-role", false, List.of()),
            new EcsTaskOptions("my-task-family", "app", "amazon/aws-cli", 256, 512, LaunchType.EC2, null, false),
            null);
    private AwsStub stub;
    private AwsSessions sessions;

    @BeforeEach
    void start() {
        stub = AwsStub.start();
        sessions = AwsSessions.create(StubCredentials.deployerRoles(stub, directory, SOURCE, DESTINATION));
    }

    @AfterEach
    void stop() {
        sessions.close();
        stub.close();
    }

    private String document(Preview preview, String key) {
        return preview.document(key).orElseThrow().content();
    }

    @Test
    void wiresSeed003IntoBothAccountsAndTheLiveStateVerifies() {
        stub.account(DESTINATION)
                .givenRole(
                        "destination-account-role",
                        "{\"Version\":\"2012-10-17\",\"Statement\":[" + OTHER_STATEMENT + "]}");
        stub.faults().invalidPrincipalAfterCreateRole(1);
        Preview preview = wiring.preview(input);
        AccountSession source = sessions.open(SOURCE, AwsStub.REGION, "7");
        AccountSession destination = sessions.open(DESTINATION, AwsStub.REGION, "7");

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
                        sourceRole.arn(), "sts:AssumeRole", "arn:aws:iam::555566667777:role/destination-account-role");
        assertThat(simulation.allowed()).isTrue();
        String trust =
                destination.iam().role("destination-account-role").orElseThrow().trustPolicy();
        assertThat(trust).contains(sourceRole.arn()).contains("ec2.amazonaws.com");
        assertThat(source.ecs().latest("my-task-family").orElseThrow().taskRoleArn())
                .isEqualTo(sourceRole.arn());
        assertThat(task.revision()).isEqualTo(1);
        assertThat(stub.writes())
                .extracting(StubRequest::operation, StubRequest::account)
                .containsExactly(
                        tuple("CreateRole", SOURCE),
                        tuple("PutRolePolicy", SOURCE),
                        tuple("UpdateAssumeRolePolicy", DESTINATION),
                        tuple("UpdateAssumeRolePolicy", DESTINATION),
                        tuple("RegisterTaskDefinition", SOURCE));
        assertThat(stub.requests("AssumeRole"))
                .extracting(r -> r.parameter("RoleSessionName"))
                .containsOnly("rolewire-run-7");
    }
}
