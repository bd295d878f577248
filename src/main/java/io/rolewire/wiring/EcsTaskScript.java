package io.rolewire.wiring;

import io.rolewire.wiring.ShellScript.Option;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** The ECS wiring as AWS CLI commands, in the order an apply runs them. */
final class EcsTaskScript {

    private EcsTaskScript() {}

    static String render(ResolvedWiring wiring) {
        ShellScript script = new ShellScript(List.of(
                "Rolewire: let ECS task role " + wiring.sourceRoleArn(),
                "assume " + wiring.destinationRoleArn() + ".",
                "Each step names the account whose credentials it needs."));
        taskRole(script, wiring);
        if (wiring.executionRole().enabled()) {
            executionRole(script, wiring);
        }
        ScriptSteps.destinationTrust(script, wiring);
        registerTaskDefinition(script, wiring);
        return script.build();
    }

    private static void taskRole(ShellScript script, ResolvedWiring wiring) {
        String roleName = wiring.source().roleName();
        if (wiring.source().create()) {
            script.step(
                    ScriptSteps.sourceAccount(wiring),
                    "Create the task role, trusted by this account's ECS tasks only.");
            ScriptSteps.createRole(script, roleName, TrustPolicies.ecsTasks(wiring));
        }
        ScriptSteps.sourcePermission(script, wiring);
        if (wiring.ecs().ecsExec()) {
            script.step(ScriptSteps.sourceAccount(wiring), "Let the SSM agent open ECS Exec channels.");
            ScriptSteps.putRolePolicy(script, roleName, InlinePolicyNames.ECS_EXEC, PermissionPolicies.ecsExec());
        }
    }

    /** Last: ECS checks that both roles exist and that the caller may pass them. */
    private static void registerTaskDefinition(ShellScript script, ResolvedWiring wiring) {
        script.step(
                ScriptSteps.sourceAccount(wiring), "Register the task definition (needs iam:PassRole on its roles).");
        script.command(
                "aws ecs register-task-definition",
                Option.value("--region", wiring.region()),
                Option.document("--cli-input-json", TaskDefinitionDocument.render(wiring)));
    }

    private static void executionRole(ShellScript script, ResolvedWiring wiring) {
        ObjectNode role = ExecutionRoleDocument.render(wiring);
        String roleName = wiring.executionRole().roleName();
        script.step(ScriptSteps.sourceAccount(wiring), "The task execution role " + roleName + ".");
        if (wiring.executionRole().create()) {
            ScriptSteps.createRole(script, roleName, role.get("trustPolicy"));
        }
        script.command(
                "aws iam attach-role-policy",
                Option.value("--role-name", roleName),
                Option.value("--policy-arn", Arns.taskExecutionManagedPolicy(wiring.partition())));
        if (role.has("inlinePolicy")) {
            ScriptSteps.putRolePolicy(script, roleName, InlinePolicyNames.EXECUTION_ROLE, role.get("inlinePolicy"));
        }
    }
}
