package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.LiveTaskDefinition;
import io.rolewire.testsupport.FlociAccount;
import io.rolewire.testsupport.aws.ProxiedCall;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.DocumentKeys;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.ExecutionRoleOptions;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class EcsTest extends ProxiedAccounts {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private String renderedTaskDefinition(LaunchType launchType, boolean executionRole) {
        ExecutionRoleOptions execution = executionRole
                ? new ExecutionRoleOptions(true, null, true, null, null, null, null, null, null, null)
                : ExecutionRoleOptions.disabled();
        WiringInput input = new WiringInput(
                Workload.ECS_TASK,
                "us-east-1",
                new SourceRole(source, "my-ECS-task-role", false),
                new DestinationRole(destination, "destination-account-role", false, List.of()),
                new EcsTaskOptions("my-task-family", "app", "amazon/aws-cli", 256, 512, launchType, execution, false),
                null);
        return new Wiring()
                .preview(input)
                .document(DocumentKeys.TASK_DEFINITION)
                .orElseThrow()
                .content();
    }

    @Test
    void aFamilyWithoutRevisionsIsEmpty() {
        assertThat(source().ecs().latest("my-task-family")).isEmpty();
    }

    @Test
    void theLatestRevisionNamesItsRoles() {
        try (var ecs = FlociAccount.root(source).ecs()) {
            for (String role : List.of("old", "my-ECS-task-role")) {
                ecs.registerTaskDefinition(r -> r.family("my-task-family")
                        .taskRoleArn(roleArn(source, role))
                        .containerDefinitions(
                                c -> c.name("app").image("amazon/aws-cli").memory(128)));
            }
        }

        LiveTaskDefinition latest = source().ecs().latest("my-task-family").orElseThrow();

        assertThat(latest.revision()).isEqualTo(2);
        assertThat(latest.taskRoleArn()).isEqualTo(roleArn(source, "my-ECS-task-role"));
        assertThat(latest.arn()).isEqualTo("arn:aws:ecs:us-east-1:" + source + ":task-definition/my-task-family:2");
        assertThat(latest.requestId()).isNotBlank();
    }

    @Test
    void registeringSendsTheRenderedEc2TaskDefinitionFieldByField() {
        LiveTaskDefinition registered = source().ecsWrites().register(renderedTaskDefinition(LaunchType.EC2, false));

        JsonNode sent =
                JSON.readTree(proxy().calls("RegisterTaskDefinition").get(0).body());
        assertThat(sent.path("family").asString()).isEqualTo("my-task-family");
        assertThat(sent.path("taskRoleArn").asString()).isEqualTo(roleArn(source, "my-ECS-task-role"));
        assertThat(sent.has("executionRoleArn")).isFalse();
        JsonNode container = sent.path("containerDefinitions").get(0);
        assertThat(container.path("name").asString()).isEqualTo("app");
        assertThat(container.path("image").asString()).isEqualTo("amazon/aws-cli");
        assertThat(container.path("cpu").asInt()).isEqualTo(256);
        assertThat(container.path("memory").asInt()).isEqualTo(512);
        assertThat(container.path("essential").asBoolean()).isTrue();
        assertThat(registered.revision()).isEqualTo(1);
        assertThat(source().ecs().latest("my-task-family").orElseThrow().arn()).isEqualTo(registered.arn());
    }

    @Test
    void registeringAFargateTaskSendsTaskSizesNetworkModeAndTheExecutionRole() {
        source().ecsWrites().register(renderedTaskDefinition(LaunchType.FARGATE, true));

        ProxiedCall request = proxy().calls("RegisterTaskDefinition").get(0);
        JsonNode sent = JSON.readTree(request.body());
        assertThat(request.parameter("networkMode")).isEqualTo("awsvpc");
        assertThat(sent.path("requiresCompatibilities").get(0).asString()).isEqualTo("FARGATE");
        assertThat(sent.path("cpu").asString()).isEqualTo("256");
        assertThat(sent.path("memory").asString()).isEqualTo("512");
        assertThat(sent.path("executionRoleArn").asString()).isEqualTo(roleArn(source, "ecsTaskExecutionRole"));
    }

    @Test
    void aFieldTheMappingDoesNotKnowIsRefusedBeforeAnyCall() {
        assertThatThrownBy(() -> source().ecsWrites().register("{\"family\":\"f\",\"volumes\":[]}"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("volumes");
        assertThat(proxy().calls("RegisterTaskDefinition")).isEmpty();
    }

    @Test
    void ecsErrorsAreTranslatedWithTheirRequestId() {
        proxy().faults().fail("RegisterTaskDefinition", "AccessDeniedException", 1);

        assertThatThrownBy(() -> source().ecsWrites().register(renderedTaskDefinition(LaunchType.EC2, false)))
                .isInstanceOfSatisfying(AwsCallFailed.class, e -> {
                    assertThat(e.accessDenied()).isTrue();
                    assertThat(e.service()).isEqualTo("ecs");
                    assertThat(e.requestId())
                            .contains(proxy().calls("RegisterTaskDefinition")
                                    .get(0)
                                    .requestId());
                });
    }

    @Test
    void ecsThrottlingIsRetriedBySdk() {
        proxy().faults().throttle("DescribeTaskDefinition", 2);

        assertThat(source().ecs().latest("my-task-family")).isEmpty();
        assertThat(proxy().calls("DescribeTaskDefinition"))
                .extracting(ProxiedCall::errorCode)
                .containsExactly("ThrottlingException", "ThrottlingException", "ClientException");
    }
}
