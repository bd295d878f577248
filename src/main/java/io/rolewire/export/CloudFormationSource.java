package io.rolewire.export;

import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/** The source stack's resources: roles the run creates, inline policies, task definition or instance profile. */
final class CloudFormationSource {

    private CloudFormationSource() {}

    static void resources(ObjectNode resources, SourceAccount source, long runId) {
        for (RoleResource role : source.createdRoles()) {
            ObjectNode properties = CloudFormationTemplates.resource(resources, logicalId(role), "AWS::IAM::Role");
            properties.put("RoleName", role.name());
            properties.set("AssumeRolePolicyDocument", role.trustPolicy());
            if (!role.managedPolicyArns().isEmpty()) {
                ArrayNode arns = properties.putArray("ManagedPolicyArns");
                role.managedPolicyArns().forEach(arns::add);
            }
            properties.set("Tags", CloudFormationTemplates.tags(runId));
        }
        for (InlinePolicy policy : source.policies()) {
            ObjectNode properties = CloudFormationTemplates.resource(
                    resources, pascalCase(policy.label()) + "Policy", "AWS::IAM::RolePolicy");
            properties.set("RoleName", roleName(policy.role()));
            properties.put("PolicyName", policy.name());
            properties.set("PolicyDocument", policy.document());
        }
        source.taskDefinition().ifPresent(task -> taskDefinition(resources, task, source));
        source.instanceProfileName().ifPresent(profile -> {
            ObjectNode properties =
                    CloudFormationTemplates.resource(resources, "InstanceProfile", "AWS::IAM::InstanceProfile");
            properties.put("InstanceProfileName", profile);
            properties.putArray("Roles").add(roleName(source.role()));
        });
    }

    /** A created role by reference (CloudFormation then creates it first), an existing one by its ARN. */
    static JsonNode roleArn(RoleResource role) {
        return role.create() ? CloudFormationTemplates.getAtt(logicalId(role), "Arn") : StringNode.valueOf(role.arn());
    }

    private static JsonNode roleName(RoleResource role) {
        return role.create() ? CloudFormationTemplates.ref(logicalId(role)) : StringNode.valueOf(role.name());
    }

    /**
     * ECS's JSON names are its CloudFormation names with a capital first letter ({@code taskRoleArn},
     * {@code TaskRoleArn}), at every level of the stored task definition. The role ARNs stay as stored,
     * with DependsOn on roles this stack creates: ECS checks iam:PassRole on them when registering.
     */
    private static void taskDefinition(ObjectNode resources, JsonNode task, SourceAccount source) {
        ObjectNode resource = resources.putObject("TaskDefinition");
        resource.put("Type", "AWS::ECS::TaskDefinition");
        if (!source.createdRoles().isEmpty()) {
            ArrayNode dependsOn = resource.putArray("DependsOn");
            source.createdRoles().forEach(role -> dependsOn.add(logicalId(role)));
        }
        resource.set("Properties", capitalised(task));
    }

    private static JsonNode capitalised(JsonNode node) {
        if (node.isArray()) {
            ArrayNode copy = ExportJson.array();
            node.values().forEach(element -> copy.add(capitalised(element)));
            return copy;
        }
        if (!node.isObject()) {
            return node;
        }
        ObjectNode copy = ExportJson.object();
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            copy.set(capitalise(field.getKey()), capitalised(field.getValue()));
        }
        return copy;
    }

    static String logicalId(RoleResource role) {
        return pascalCase(role.label()) + "Role";
    }

    private static String pascalCase(String label) {
        StringBuilder id = new StringBuilder();
        for (String part : label.split("_")) {
            id.append(capitalise(part));
        }
        return id.toString();
    }

    private static String capitalise(String word) {
        return word.isEmpty() ? word : word.substring(0, 1).toUpperCase(Locale.ROOT) + word.substring(1);
    }
}
