package io.rolewire.export;

import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One CloudFormation template per account, as JSON. The source stack goes first (its output
 * SourceRoleArn is the principal the destination trust names); the destination stack second, and only
 * when the run creates the destination role: CloudFormation can create a role with a whole trust
 * policy, but it has no way to add one statement to the trust of a role it does not own.
 */
final class CloudFormationTemplates {

    static final String VERSION = "2010-09-09";
    static final String EXISTING_ROLE_NOTE = "CloudFormation cannot merge a statement into the trust policy of"
            + " an existing role (it has no resource for one statement of a trust policy, and taking the role"
            + " over would replace its whole trust). There is no destination stack: add the trust statement"
            + " through Rolewire's apply (or in IAM), keeping the role's other statements.";

    private CloudFormationTemplates() {}

    static ObjectNode source(SourceAccount source, DestinationAccount destination, long runId) {
        ObjectNode template = header(
                "Rolewire run " + runId + ", source account " + source.accountId() + ". Deploy this stack first: "
                        + (destination.role().create()
                                ? "its output SourceRoleArn is the principal the destination stack's trust names."
                                : "then add the trust statement to the existing destination role (see Metadata)."),
                runId,
                source.accountId(),
                1);
        if (!destination.role().create()) {
            metadata(template).put("DestinationTrust", EXISTING_ROLE_NOTE);
        }
        ObjectNode resources = template.putObject("Resources");
        CloudFormationSource.resources(resources, source, runId);
        ObjectNode outputs = template.putObject("Outputs");
        output(
                outputs,
                "SourceRoleArn",
                "The principal the destination role's trust policy names.",
                CloudFormationSource.roleArn(source.role()));
        return template;
    }

    static ObjectNode destination(DestinationAccount destination, long runId) {
        RoleResource role = destination.role();
        ObjectNode template = header(
                "Rolewire run " + runId + ", destination account " + destination.accountId()
                        + ". Deploy this stack second, after the source stack: its trust policy names the source"
                        + " role " + destination.sourceRoleArn() + ", and IAM refuses a principal that does not"
                        + " exist yet.",
                runId,
                destination.accountId(),
                2);
        ObjectNode resources = template.putObject("Resources");
        ObjectNode properties = resource(resources, "DestinationRole", "AWS::IAM::Role");
        properties.put("RoleName", role.name());
        properties.set("AssumeRolePolicyDocument", role.trustPolicy());
        if (!role.managedPolicyArns().isEmpty()) {
            ArrayNode arns = properties.putArray("ManagedPolicyArns");
            role.managedPolicyArns().forEach(arns::add);
        }
        properties.set("Tags", tags(runId));
        ObjectNode outputs = template.putObject("Outputs");
        output(outputs, "DestinationRoleArn", "The role the workload assumes.", getAtt("DestinationRole", "Arn"));
        return template;
    }

    static ObjectNode resource(ObjectNode resources, String logicalId, String type) {
        ObjectNode resource = resources.putObject(logicalId);
        resource.put("Type", type);
        return resource.putObject("Properties");
    }

    static ArrayNode tags(long runId) {
        ArrayNode tags = ExportJson.array();
        for (Map.Entry<String, String> tag : RolewireTags.of(runId).entrySet()) {
            tags.addObject().put("Key", tag.getKey()).put("Value", tag.getValue());
        }
        return tags;
    }

    static ObjectNode getAtt(String logicalId, String attribute) {
        ObjectNode getAtt = ExportJson.object();
        getAtt.putArray("Fn::GetAtt").add(logicalId).add(attribute);
        return getAtt;
    }

    static ObjectNode ref(String logicalId) {
        return ExportJson.object().put("Ref", logicalId);
    }

    private static ObjectNode header(String description, long runId, String accountId, int stackOrder) {
        ObjectNode template = ExportJson.object();
        template.put("AWSTemplateFormatVersion", VERSION);
        template.put("Description", description);
        ObjectNode rolewire = template.putObject("Metadata").putObject("Rolewire");
        rolewire.put("RunId", runId);
        rolewire.put("Account", accountId);
        rolewire.put("StackOrder", stackOrder);
        return template;
    }

    private static ObjectNode metadata(ObjectNode template) {
        return (ObjectNode) template.path("Metadata").path("Rolewire");
    }

    private static void output(ObjectNode outputs, String name, String description, JsonNode value) {
        ObjectNode output = outputs.putObject(name);
        output.put("Description", description);
        output.set("Value", value);
    }
}
