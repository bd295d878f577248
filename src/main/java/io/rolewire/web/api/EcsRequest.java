package io.rolewire.web.api;

import io.rolewire.web.api.WiringRequest.Limits;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.ExecutionRoleOptions;
import io.rolewire.wiring.LaunchType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The {@code ecs} part of a {@link WiringRequest}. Ranges (cpu, memory) are the domain's rules. */
record EcsRequest(
        @Size(max = Limits.NAME) String family,
        @Size(max = Limits.NAME) String containerName,
        @Size(max = Limits.IMAGE) String image,
        Integer cpu,
        Integer memory,
        LaunchType launchType,
        @Valid ExecutionRole executionRole,
        Boolean ecsExec) {

    EcsTaskOptions toOptions() {
        return new EcsTaskOptions(
                family,
                containerName,
                image,
                cpu,
                memory,
                launchType,
                executionRole == null ? null : executionRole.toOptions(),
                Boolean.TRUE.equals(ecsExec));
    }

    static EcsRequest from(EcsTaskOptions ecs) {
        ExecutionRoleOptions x = ecs.executionRole();
        return new EcsRequest(
                ecs.family(),
                ecs.containerName(),
                ecs.image(),
                ecs.cpu(),
                ecs.memory(),
                ecs.launchType(),
                x == null ? null : ExecutionRole.from(x),
                ecs.ecsExec());
    }

    /** Seed 001: the task execution role and its optional inline permissions. */
    record ExecutionRole(
            Boolean enabled,
            @Size(max = Limits.NAME) String roleName,
            Boolean create,
            @Size(max = Limits.ARN) String privateRegistrySecretArn,
            @Size(max = Limits.LIST) List<@NotNull @Size(max = Limits.ARN) String> secretArns,
            @Size(max = Limits.LIST) List<@NotNull @Size(max = Limits.ARN) String> ssmParameterArns,
            @Size(max = Limits.ARN) String kmsKeyArn,
            @Size(max = Limits.LIST) List<@NotNull @Size(max = Limits.ARN) String> s3EnvFileArns,
            @Size(max = Limits.SHORT) String ecrVpceId,
            @Size(max = Limits.SHORT) String ecrVpcId) {

        ExecutionRoleOptions toOptions() {
            return new ExecutionRoleOptions(
                    Boolean.TRUE.equals(enabled),
                    roleName,
                    Boolean.TRUE.equals(create),
                    privateRegistrySecretArn,
                    secretArns,
                    ssmParameterArns,
                    kmsKeyArn,
                    s3EnvFileArns,
                    ecrVpceId,
                    ecrVpcId);
        }

        static ExecutionRole from(ExecutionRoleOptions x) {
            return new ExecutionRole(
                    x.enabled(),
                    x.roleName(),
                    x.create(),
                    x.privateRegistrySecretArn(),
                    x.secretArns(),
                    x.ssmParameterArns(),
                    x.kmsKeyArn(),
                    x.s3EnvFileArns(),
                    x.ecrVpceId(),
                    x.ecrVpcId());
        }
    }
}
