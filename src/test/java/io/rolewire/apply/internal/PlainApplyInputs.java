package io.rolewire.apply.internal;

import io.rolewire.testsupport.Seed003;
import io.rolewire.wiring.DestinationRole;
import io.rolewire.wiring.Ec2InstanceOptions;
import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.ExecutionRoleOptions;
import io.rolewire.wiring.LaunchType;
import io.rolewire.wiring.SourceRole;
import io.rolewire.wiring.WiringInput;
import io.rolewire.wiring.Workload;
import java.util.List;

/** Seed inputs for the plain apply tests (../shared/seeds 001, 002, 003), in the fakes' two accounts. */
final class PlainApplyInputs {

    private PlainApplyInputs() {}

    /** Seed 003: an ECS task role assumes a role in another account (created, or existing). */
    static WiringInput seed003(boolean createDestination) {
        return Seed003.input(ApplyFakes.SOURCE, ApplyFakes.DESTINATION, "eu-west-1", createDestination);
    }

    /** Seed 001's shape: Fargate with an execution role Rolewire creates (managed and inline policies). */
    static WiringInput withExecutionRole() {
        ExecutionRoleOptions execution = new ExecutionRoleOptions(
                true, "ecsTaskExecutionRole", true, null, List.of(), List.of(), null, List.of(), null, null);
        return new WiringInput(
                Workload.ECS_TASK,
                "eu-west-1",
                new SourceRole(ApplyFakes.SOURCE, "my-ECS-task-role", true),
                new DestinationRole(ApplyFakes.DESTINATION, Seed003.DESTINATION_ROLE, true, List.of()),
                new EcsTaskOptions("reporting", "app", "nginx:1.27", 256, 512, LaunchType.FARGATE, execution, false),
                null);
    }

    /** Seed 002's shape: an EC2 instance profile. */
    static WiringInput ec2() {
        return new WiringInput(
                Workload.EC2_INSTANCE,
                "eu-west-1",
                new SourceRole(ApplyFakes.SOURCE, "my-EC2-role", true),
                new DestinationRole(ApplyFakes.DESTINATION, Seed003.DESTINATION_ROLE, true, List.of()),
                null,
                new Ec2InstanceOptions("my-EC2-profile"));
    }
}
