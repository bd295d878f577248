package io.rolewire.export;

import tools.jackson.databind.JsonNode;

/** Pieces every Terraform file of the export shares. */
final class TerraformText {

    private TerraformText() {}

    /** A module's own {@code terraform} block: it takes its {@code aws} provider from the root. */
    static void moduleRequirements(HclWriter hcl) {
        hcl.open("terraform").open("required_providers");
        hcl.expression("aws", "{ source = \"hashicorp/aws\" }");
        hcl.close().close().blankLine();
    }

    static String json(JsonNode document) {
        return ExportJson.pretty(document);
    }

    /** The reference to a role's name: the resource when the export creates it, else the data source. */
    static String roleName(RoleResource role) {
        return (role.create() ? "aws_iam_role." : "data.aws_iam_role.") + role.label() + ".name";
    }

    static String roleArn(RoleResource role) {
        return (role.create() ? "aws_iam_role." : "data.aws_iam_role.") + role.label() + ".arn";
    }

    /** A created role: its trust as stored, tagged like Rolewire's own apply tags it. */
    static void createdRole(HclWriter hcl, RoleResource role, long runId) {
        hcl.open("resource", "aws_iam_role", role.label());
        hcl.string("name", role.name());
        hcl.heredoc("assume_role_policy", json(role.trustPolicy()));
        hcl.stringMap("tags", RolewireTags.of(runId));
    }

    static void existingRole(HclWriter hcl, RoleResource role) {
        hcl.comment("The role " + role.name() + " exists: Terraform reads it and does not manage it.");
        hcl.open("data", "aws_iam_role", role.label())
                .string("name", role.name())
                .close()
                .blankLine();
    }

    static void managedPolicyAttachments(HclWriter hcl, RoleResource role) {
        int index = 1;
        for (String policyArn : role.managedPolicyArns()) {
            hcl.open("resource", "aws_iam_role_policy_attachment", role.label() + "_managed_" + index++);
            hcl.expression("role", roleName(role));
            hcl.string("policy_arn", policyArn);
            hcl.close().blankLine();
        }
    }

    static void output(HclWriter hcl, String name, String description, String expression) {
        hcl.open("output", name).string("description", description).expression("value", expression);
        hcl.close();
    }
}
