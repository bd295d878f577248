package io.rolewire.export;

import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code modules/destination/main.tf}: the role to assume and its trust. A role the run creates gets
 * the stored trust as its {@code assume_role_policy}. An existing role gets our statement merged into
 * its live trust through {@code data "aws_iam_policy_document"}, every other statement kept: see
 * {@link #MERGE_NOTE} for what that costs.
 */
final class TerraformDestinationModule {

    static final String MERGE_NOTE = """
            The role %s exists, and other principals may already be trusted by it. IAM stores a
            trust policy as one document (UpdateAssumeRolePolicy replaces it whole), and the AWS
            provider has no resource for "one statement of a trust policy". So:
            - data "aws_iam_role" reads the live trust policy at every plan;
            - data "aws_iam_policy_document" merges it (source_policy_documents: every statement kept)
              with our statement (override_policy_documents), which carries the Sid %s: a later plan
              replaces that statement instead of adding a second copy;
            - resource "aws_iam_role" writes the merged document. Terraform cannot change a role it does
              not own, so the root module imports the role (an import block, Terraform 1.5 or later).
            Limits, honestly:
            - Terraform now owns this role's trust policy, and only that: ignore_changes leaves the
              role's other settings (description, tags, path, session duration, boundary) as they are.
            - prevent_destroy stops `terraform destroy` from deleting a role this run did not create;
              to stop managing it, `terraform state rm` it. Removing our statement is an un-wire: do it
              in Rolewire (or edit the trust in IAM), not by deleting this resource.
            - A statement Rolewire's own apply merged (without a Sid) and this one are equal: applying
              both ways leaves two equal statements, which is harmless.
            - Someone editing the trust between plan and apply is overwritten by the plan's document:
              apply soon after planning.
            """;

    private TerraformDestinationModule() {}

    static String render(DestinationAccount destination, long runId) {
        HclWriter hcl = new HclWriter();
        hcl.comment("Rolewire run " + runId + ": what the wiring writes into the destination account "
                + destination.accountId() + ".");
        hcl.blankLine();
        TerraformText.moduleRequirements(hcl);
        hcl.open("variable", "source_role_arn");
        hcl.string("description", "The source role's ARN (module.source.role_arn): the trust policy names it.");
        hcl.expression("type", "string");
        hcl.close().blankLine();
        RoleResource role = destination.role();
        if (role.create()) {
            createdRole(hcl, destination, runId);
        } else {
            mergedTrust(hcl, destination, runId);
        }
        TerraformText.managedPolicyAttachments(hcl, role);
        TerraformText.output(
                hcl,
                "role_arn",
                "The destination role's ARN: the role_arn of the workload's CLI profile.",
                "aws_iam_role." + role.label() + ".arn");
        return hcl.text();
    }

    private static void createdRole(HclWriter hcl, DestinationAccount destination, long runId) {
        TerraformText.createdRole(hcl, destination.role(), runId);
        hcl.open("lifecycle");
        sourceRoleCheck(hcl, destination);
        hcl.close().close().blankLine();
    }

    private static void mergedTrust(HclWriter hcl, DestinationAccount destination, long runId) {
        RoleResource role = destination.role();
        String sid = RolewireTags.statementSid(runId);
        hcl.comment(MERGE_NOTE.formatted(role.name(), sid));
        hcl.open("data", "aws_iam_role", "destination")
                .string("name", role.name())
                .close()
                .blankLine();
        hcl.open("locals");
        hcl.heredoc("rolewire_statement", TerraformText.json(withSid(role.trustPolicy(), sid)));
        hcl.close().blankLine();
        hcl.open("data", "aws_iam_policy_document", "trust");
        hcl.expression("source_policy_documents", "[data.aws_iam_role.destination.assume_role_policy]");
        hcl.expression("override_policy_documents", "[local.rolewire_statement]");
        hcl.close().blankLine();
        hcl.open("resource", "aws_iam_role", "destination");
        hcl.string("name", role.name());
        hcl.expression("assume_role_policy", "data.aws_iam_policy_document.trust.json");
        hcl.open("lifecycle");
        hcl.bool("prevent_destroy", true);
        hcl.expression(
                "ignore_changes",
                HclWriter.list(List.of(
                        "description",
                        "force_detach_policies",
                        "max_session_duration",
                        "path",
                        "permissions_boundary",
                        "tags")));
        sourceRoleCheck(hcl, destination);
        hcl.close().close().blankLine();
    }

    /**
     * The trust names the source role by ARN, and IAM refuses a principal that does not exist yet. The
     * check reads {@code var.source_role_arn}, so Terraform writes the trust only after the source
     * module made or read that role; and it stops when that role's ARN is not the one named (a role
     * with a path, say), instead of writing a trust that would not work.
     */
    private static void sourceRoleCheck(HclWriter hcl, DestinationAccount destination) {
        hcl.open("precondition");
        hcl.expression("condition", "var.source_role_arn == " + HclWriter.quoted(destination.sourceRoleArn()));
        hcl.string(
                "error_message",
                "The source role is not " + destination.sourceRoleArn()
                        + ", the principal this trust policy names; the trust would not work.");
        hcl.close();
    }

    /** Our statements, each with a Sid of ours unless it has one: the merge replaces them by Sid. */
    static JsonNode withSid(JsonNode trustPolicy, String sid) {
        ObjectNode document = (ObjectNode) trustPolicy.deepCopy();
        List<JsonNode> statements = document.path("Statement").valueStream().toList();
        var array = document.putArray("Statement");
        for (int i = 0; i < statements.size(); i++) {
            ObjectNode statement = ExportJson.object();
            if (!statements.get(i).has("Sid")) {
                statement.put("Sid", statements.size() == 1 ? sid : sid + "S" + (i + 1));
            }
            statement.setAll((ObjectNode) statements.get(i));
            array.add(statement);
        }
        return document;
    }
}
