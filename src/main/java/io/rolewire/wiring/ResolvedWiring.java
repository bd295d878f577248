package io.rolewire.wiring;

import java.time.Instant;

/**
 * A validated input with everything derived from it once: the partition and the role ARNs. Only
 * built from input that passed {@link InputValidator}, so its accessors never meet a null part.
 */
record ResolvedWiring(WiringInput input, String partition) {

    static ResolvedWiring of(WiringInput validInput) {
        return new ResolvedWiring(validInput, Regions.partitionOf(validInput.region()));
    }

    String region() {
        return input.region();
    }

    SourceRole source() {
        return input.source();
    }

    DestinationRole destination() {
        return input.destination();
    }

    EcsTaskOptions ecs() {
        return input.ecs();
    }

    ExecutionRoleOptions executionRole() {
        return input.ecs().executionRole();
    }

    /** The end of access, or null for none. */
    Instant accessUntil() {
        return input.accessUntil();
    }

    String sourceRoleArn() {
        return Arns.role(partition, source().accountId(), source().roleName());
    }

    String destinationRoleArn() {
        return Arns.role(partition, destination().accountId(), destination().roleName());
    }

    /** The execution role lives in the task's own account, like the task role (ECS requires it). */
    String executionRoleArn() {
        return Arns.role(partition, source().accountId(), executionRole().roleName());
    }
}
