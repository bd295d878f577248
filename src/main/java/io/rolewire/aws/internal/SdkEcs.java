package io.rolewire.aws.internal;

import io.rolewire.aws.AwsCall;
import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.AwsReceipt;
import io.rolewire.aws.EcsRegistration;
import io.rolewire.aws.EcsTaskDefinitions;
import io.rolewire.aws.LiveTaskDefinition;
import io.rolewire.aws.TaskDefinitionRevision;
import java.util.Optional;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.DescribeTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.RegisterTaskDefinitionResponse;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;
import software.amazon.awssdk.services.ecs.model.TaskDefinitionStatus;

/** ECS task definitions; the write side is only handed out by a session whose account was proven. */
final class SdkEcs implements EcsTaskDefinitions, EcsRegistration {

    /** How ECS answers DescribeTaskDefinition for a family without any ACTIVE revision. */
    private static final String NO_SUCH_FAMILY = "Unable to describe task definition";

    private final String account;
    private final EcsClient ecs;
    private final RequestCredentials credentials;

    SdkEcs(String account, EcsClient ecs, RequestCredentials credentials) {
        this.account = account;
        this.ecs = ecs;
        this.credentials = credentials;
    }

    @Override
    public Optional<LiveTaskDefinition> latest(String family) {
        try {
            DescribeTaskDefinitionResponse response = Calls.run(
                    call("DescribeTaskDefinition"),
                    () -> ecs.describeTaskDefinition(
                            r -> r.taskDefinition(family).overrideConfiguration(credentials::apply)));
            return Optional.of(
                    live(response.taskDefinition(), response.responseMetadata().requestId()));
        } catch (AwsCallFailed e) {
            if ("ClientException".equals(e.errorCode()) && e.getMessage().contains(NO_SUCH_FAMILY)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public LiveTaskDefinition register(String taskDefinitionJson) {
        var request = TaskDefinitionRequests.from(taskDefinitionJson).toBuilder()
                .overrideConfiguration(credentials::apply)
                .build();
        RegisterTaskDefinitionResponse response =
                Calls.run(call("RegisterTaskDefinition"), () -> ecs.registerTaskDefinition(request));
        return live(response.taskDefinition(), response.responseMetadata().requestId());
    }

    @Override
    public Optional<TaskDefinitionRevision> revision(String revisionArn) {
        try {
            DescribeTaskDefinitionResponse response = Calls.run(
                    call("DescribeTaskDefinition"),
                    () -> ecs.describeTaskDefinition(
                            r -> r.taskDefinition(revisionArn).overrideConfiguration(credentials::apply)));
            TaskDefinition definition = response.taskDefinition();
            return Optional.of(new TaskDefinitionRevision(
                    definition.taskDefinitionArn(),
                    definition.status() != TaskDefinitionStatus.INACTIVE,
                    response.responseMetadata().requestId()));
        } catch (AwsCallFailed e) {
            if ("ClientException".equals(e.errorCode())) {
                return Optional.empty(); // ECS's answer for a revision it does not know (or deleted)
            }
            throw e;
        }
    }

    @Override
    public AwsReceipt deregister(String revisionArn) {
        AwsCall call = call("DeregisterTaskDefinition");
        var response = Calls.run(
                call,
                () -> ecs.deregisterTaskDefinition(
                        r -> r.taskDefinition(revisionArn).overrideConfiguration(credentials::apply)));
        return new AwsReceipt(call, revisionArn, response.responseMetadata().requestId());
    }

    private static LiveTaskDefinition live(TaskDefinition definition, String requestId) {
        return new LiveTaskDefinition(
                definition.taskDefinitionArn(),
                definition.family(),
                definition.revision(),
                definition.taskRoleArn(),
                definition.executionRoleArn(),
                TaskDefinitionRequests.document(definition),
                requestId);
    }

    private AwsCall call(String operation) {
        return new AwsCall(account, "ecs", operation);
    }
}
