package io.rolewire.wiring;

import java.util.ArrayList;
import java.util.List;

/**
 * The IAM, ECS and STS actions Rolewire's apply calls on each resource. Creating a role with tags
 * also needs iam:TagRole; the attach and create actions appear only when Rolewire creates the role.
 * An un-wire (ADR 018) removes what the wiring added with the same role: its inline policy
 * (iam:DeleteRolePolicy), the revision (ecs:DeregisterTaskDefinition), the profile it made, and a
 * role it created (iam:DeleteRole, with iam:DetachRolePolicy for what it attached).
 */
final class DeployerActions {

    static final List<String> TASK_DEFINITION =
            List.of("ecs:DeregisterTaskDefinition", "ecs:DescribeTaskDefinition", "ecs:RegisterTaskDefinition");

    static final List<String> INSTANCE_PROFILE = List.of(
            "iam:AddRoleToInstanceProfile",
            "iam:CreateInstanceProfile",
            "iam:DeleteInstanceProfile",
            "iam:GetInstanceProfile",
            "iam:RemoveRoleFromInstanceProfile");

    private static final List<String> READ = List.of("iam:GetRole", "iam:ListAttachedRolePolicies");
    private static final List<String> CREATE = List.of("iam:CreateRole", "iam:TagRole");

    private DeployerActions() {}

    static List<String> sourceRole(ResolvedWiring wiring) {
        List<String> actions = new ArrayList<>(
                List.of("iam:DeleteRolePolicy", "iam:GetRole", "iam:GetRolePolicy", "iam:PutRolePolicy"));
        if (wiring.source().create()) {
            actions.addAll(CREATE);
            actions.add("iam:DeleteRole");
        }
        return sorted(actions);
    }

    static List<String> executionRole(ResolvedWiring wiring) {
        List<String> actions = new ArrayList<>(READ);
        actions.add("iam:GetRolePolicy");
        actions.add("iam:PutRolePolicy");
        if (wiring.executionRole().create()) {
            actions.addAll(CREATE);
            actions.add("iam:AttachRolePolicy");
        }
        return sorted(actions);
    }

    static List<String> destinationRole(ResolvedWiring wiring) {
        List<String> actions = new ArrayList<>(READ);
        actions.add("iam:UpdateAssumeRolePolicy");
        if (wiring.destination().create()) {
            actions.addAll(CREATE);
            actions.add("iam:DeleteRole");
            if (!wiring.destination().managedPolicyArns().isEmpty()) {
                actions.add("iam:AttachRolePolicy");
                actions.add("iam:DetachRolePolicy");
            }
        }
        return sorted(actions);
    }

    private static List<String> sorted(List<String> actions) {
        return actions.stream().distinct().sorted().toList();
    }
}
