package io.rolewire.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * {@code modules/source/main.tf}: the workload's role and its policies, the execution role, and the
 * task definition (ECS) or instance profile (EC2). Its output {@code role_arn} is what the destination
 * trust names, which is how the root orders the two modules.
 */
final class TerraformSourceModule {

    private TerraformSourceModule() {}

    static String render(SourceAccount source, long runId) {
        HclWriter hcl = new HclWriter();
        hcl.comment("Rolewire run " + runId + ": what the wiring writes into the source account " + source.accountId()
                + ".");
        hcl.blankLine();
        TerraformText.moduleRequirements(hcl);
        role(hcl, source.role(), runId);
        source.executionRole().ifPresent(execution -> role(hcl, execution, runId));
        for (InlinePolicy policy : source.policies()) {
            hcl.open("resource", "aws_iam_role_policy", policy.label());
            hcl.string("name", policy.name());
            hcl.expression("role", TerraformText.roleName(policy.role()));
            hcl.heredoc("policy", TerraformText.json(policy.document()));
            hcl.close().blankLine();
        }
        source.taskDefinition().ifPresent(task -> taskDefinition(hcl, task, source));
        source.instanceProfileName().ifPresent(profile -> instanceProfile(hcl, profile, source, runId));
        TerraformText.output(
                hcl,
                "role_arn",
                "The source role's ARN: the principal the destination role's trust policy names.",
                TerraformText.roleArn(source.role()));
        return hcl.text();
    }

    private static void role(HclWriter hcl, RoleResource role, long runId) {
        if (role.create()) {
            TerraformText.createdRole(hcl, role, runId);
            hcl.close().blankLine();
            TerraformText.managedPolicyAttachments(hcl, role);
        } else {
            TerraformText.existingRole(hcl, role);
        }
    }

    /**
     * Every top-level field of the stored task definition becomes the resource's argument of the same
     * name in snake case; the containers stay JSON, which is what {@code container_definitions} takes.
     */
    private static void taskDefinition(HclWriter hcl, JsonNode task, SourceAccount source) {
        hcl.open("resource", "aws_ecs_task_definition", "task");
        for (Map.Entry<String, JsonNode> field : task.properties()) {
            String name = snakeCase(field.getKey());
            JsonNode value = field.getValue();
            if (field.getKey().equals("containerDefinitions")) {
                hcl.heredoc(name, TerraformText.json(value));
            } else if (value.isArray()) {
                hcl.strings(name, value.valueStream().map(JsonNode::asString).toList());
            } else {
                hcl.string(name, value.asString());
            }
        }
        List<String> created = new ArrayList<>();
        source.createdRoles().forEach(role -> created.add("aws_iam_role." + role.label()));
        if (!created.isEmpty()) {
            hcl.comment("ECS checks iam:PassRole on these roles: they must exist before the task definition.");
            hcl.expression("depends_on", HclWriter.list(created));
        }
        hcl.close().blankLine();
    }

    private static void instanceProfile(HclWriter hcl, String profile, SourceAccount source, long runId) {
        hcl.open("resource", "aws_iam_instance_profile", "source");
        hcl.string("name", profile);
        hcl.expression("role", TerraformText.roleName(source.role()));
        hcl.stringMap("tags", RolewireTags.of(runId));
        hcl.close().blankLine();
    }

    static String snakeCase(String camelCase) {
        return HclWriter.identifier(
                camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
    }
}
