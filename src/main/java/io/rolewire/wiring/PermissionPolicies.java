package io.rolewire.wiring;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** Inline permission policies of the source role. */
final class PermissionPolicies {

    /** The four channels the SSM agent inside the container opens for ECS Exec (seed 004). */
    static final List<String> ECS_EXEC_ACTIONS = List.of(
            "ssmmessages:CreateControlChannel",
            "ssmmessages:CreateDataChannel",
            "ssmmessages:OpenControlChannel",
            "ssmmessages:OpenDataChannel");

    private PermissionPolicies() {}

    /** The source role may assume the destination role, and nothing else (seed 003). */
    static ObjectNode assumeDestination(ResolvedWiring wiring) {
        return Policies.document(Policies.allow(List.of(Policies.ASSUME_ROLE), List.of(wiring.destinationRoleArn())));
    }

    /** Kept apart from the assume-role policy so that each can be removed without touching the other. */
    static ObjectNode ecsExec() {
        return Policies.document(Policies.allow(ECS_EXEC_ACTIONS, List.of("*")));
    }
}
