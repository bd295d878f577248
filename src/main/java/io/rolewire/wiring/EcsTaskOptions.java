package io.rolewire.wiring;

/**
 * Workload details for {@link Workload#ECS_TASK}.
 *
 * @param cpu CPU units (container level for EC2, task level for Fargate)
 * @param memory MiB (container level for EC2, task level for Fargate)
 * @param ecsExec adds the ssmmessages statement of seed 004 to the task role
 */
public record EcsTaskOptions(
        String family,
        String containerName,
        String image,
        Integer cpu,
        Integer memory,
        LaunchType launchType,
        ExecutionRoleOptions executionRole,
        boolean ecsExec) {

    public EcsTaskOptions {
        launchType = launchType == null ? LaunchType.EC2 : launchType;
        executionRole = executionRole == null ? ExecutionRoleOptions.disabled() : executionRole;
    }
}
