package io.rolewire.wiring;

import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The task execution role of seed 001 as one document: its trust, the AWS managed policy and the
 * inline statements the chosen options need. Without options there is no inline policy at all.
 */
final class ExecutionRoleDocument {

    private ExecutionRoleDocument() {}

    static ObjectNode render(ResolvedWiring wiring) {
        ObjectNode role = CanonicalJson.object();
        role.put("roleName", wiring.executionRole().roleName());
        role.set("trustPolicy", TrustPolicies.ecsTasks(wiring));
        role.set(
                "managedPolicyArns",
                CanonicalJson.arrayOf(List.of(Arns.taskExecutionManagedPolicy(wiring.partition()))));
        List<ObjectNode> statements = ExecutionRoleStatements.forOptions(wiring.executionRole());
        if (!statements.isEmpty()) {
            role.set("inlinePolicy", Policies.document(statements));
        }
        return role;
    }
}
