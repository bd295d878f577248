package io.rolewire.wiring;

import java.time.Instant;
import java.util.List;

/**
 * Object mother for wiring inputs. {@link #seed003()} is the golden case of seed 003 with its
 * 16-digit placeholder account IDs replaced by valid 12-digit ones; every optional extra is off.
 * The withers change one thing each, so a test says only what differs from the seed.
 */
final class WiringInputs {

    static final String SOURCE_ACCOUNT = "111122223333";
    static final String DESTINATION_ACCOUNT = "555566667777";
    static final String SOURCE_ROLE = "my-ECS-task-role";
    static final String DESTINATION_ROLE = "destination-account-role";
    static final String SOURCE_ROLE_ARN = "arn:aws:iam::111122223333:role/my-ECS-task-role";
    static final String DESTINATION_ROLE_ARN = "arn:aws:iam::555566667777:role/destination-account-role";

    private Workload workload = Workload.ECS_TASK;
    private String region = "us-east-1";
    private SourceRole source = new SourceRole(SOURCE_ACCOUNT, SOURCE_ROLE, false);
    private DestinationRole destination = new DestinationRole(DESTINATION_ACCOUNT, DESTINATION_ROLE, false, List.of());
    private EcsTaskOptions ecs = new EcsTaskOptions(
            "verify-assume-cross-account-role", "test", "your-test-image", 100, 200, LaunchType.EC2, null, false);
    private Ec2InstanceOptions ec2 = null;
    private Instant accessUntil = null;

    private WiringInputs() {}

    static WiringInputs seed003() {
        return new WiringInputs();
    }

    /** Seed 002: instance role AssumeRoleInA in account B (source) assumes RoleForB in account A. */
    static WiringInputs seed002() {
        WiringInputs inputs = new WiringInputs();
        inputs.workload = Workload.EC2_INSTANCE;
        inputs.source = new SourceRole("222233334444", "AssumeRoleInA", false);
        inputs.destination = new DestinationRole(
                "444455556666", "RoleForB", false, List.of("arn:aws:iam::aws:policy/ReadOnlyAccess"));
        inputs.ecs = null;
        inputs.ec2 = new Ec2InstanceOptions("ec2-profile");
        return inputs;
    }

    WiringInputs region(String region) {
        this.region = region;
        return this;
    }

    WiringInputs workload(Workload workload) {
        this.workload = workload;
        return this;
    }

    WiringInputs source(String accountId, String roleName, boolean create) {
        this.source = new SourceRole(accountId, roleName, create);
        return this;
    }

    WiringInputs source(SourceRole source) {
        this.source = source;
        return this;
    }

    WiringInputs createSourceRole() {
        return source(source.accountId(), source.roleName(), true);
    }

    WiringInputs destination(DestinationRole destination) {
        this.destination = destination;
        return this;
    }

    WiringInputs destination(String accountId, String roleName) {
        return destination(
                new DestinationRole(accountId, roleName, destination.create(), destination.managedPolicyArns()));
    }

    WiringInputs createDestinationRole(String... managedPolicyArns) {
        return destination(
                new DestinationRole(destination.accountId(), destination.roleName(), true, List.of(managedPolicyArns)));
    }

    WiringInputs ecs(EcsTaskOptions ecs) {
        this.ecs = ecs;
        return this;
    }

    WiringInputs task(String family, String containerName, String image) {
        return ecs(new EcsTaskOptions(
                family,
                containerName,
                image,
                ecs.cpu(),
                ecs.memory(),
                ecs.launchType(),
                ecs.executionRole(),
                ecs.ecsExec()));
    }

    WiringInputs sizes(LaunchType launchType, Integer cpu, Integer memory) {
        return ecs(new EcsTaskOptions(
                ecs.family(),
                ecs.containerName(),
                ecs.image(),
                cpu,
                memory,
                launchType,
                ecs.executionRole(),
                ecs.ecsExec()));
    }

    WiringInputs executionRole(ExecutionRoleOptions executionRole) {
        return ecs(new EcsTaskOptions(
                ecs.family(),
                ecs.containerName(),
                ecs.image(),
                ecs.cpu(),
                ecs.memory(),
                ecs.launchType(),
                executionRole,
                ecs.ecsExec()));
    }

    WiringInputs ecsExec() {
        return ecs(new EcsTaskOptions(
                ecs.family(),
                ecs.containerName(),
                ecs.image(),
                ecs.cpu(),
                ecs.memory(),
                ecs.launchType(),
                ecs.executionRole(),
                true));
    }

    WiringInputs ec2(Ec2InstanceOptions ec2) {
        this.ec2 = ec2;
        return this;
    }

    WiringInputs accessUntil(Instant until) {
        this.accessUntil = until;
        return this;
    }

    WiringInput build() {
        return new WiringInput(workload, region, source, destination, ecs, ec2, accessUntil);
    }
}
