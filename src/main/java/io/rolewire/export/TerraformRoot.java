package io.rolewire.export;

import java.util.List;

/**
 * The root {@code main.tf}: one aws provider per account (region, the account it must be, and the
 * deployer role to assume, if any), the two modules in order, and for an existing destination role
 * the import that lets Terraform write its trust.
 */
final class TerraformRoot {

    private TerraformRoot() {}

    static String render(SourceAccount source, DestinationAccount destination, long runId) {
        HclWriter hcl = new HclWriter();
        hcl.comment("""
                Rolewire run %d as Terraform, generated from the run's stored documents (what was previewed
                and approved). Source account %s, destination account %s.
                Order: module "source" makes (or reads) the source role first; module "destination" names
                that role in its trust policy, which IAM refuses for a role that does not exist yet, so
                the destination module takes module.source.role_arn and writes the trust only after it.
                Usage: terraform init && terraform plan (Terraform 1.5 or later, AWS provider 5 or later).""".formatted(runId, source.accountId(), destination.accountId()));
        hcl.blankLine();
        hcl.open("terraform");
        hcl.string("required_version", ">= 1.5.0");
        hcl.open("required_providers");
        hcl.expression("aws", "{ source = \"hashicorp/aws\", version = \">= 5.0\" }");
        hcl.close().close().blankLine();
        deployerVariable(hcl, "source", source.accountId());
        deployerVariable(hcl, "destination", destination.accountId());
        provider(hcl, "source", source.accountId(), source.region());
        provider(hcl, "destination", destination.accountId(), destination.region());
        modules(hcl);
        if (!destination.role().create()) {
            hcl.comment("The destination role exists: Terraform takes it over to write its trust (see"
                    + " modules/destination/main.tf).");
            hcl.open("import");
            hcl.expression("to", "module.destination.aws_iam_role.destination");
            hcl.string("id", destination.role().name());
            hcl.close().blankLine();
        }
        TerraformText.output(hcl, "source_role_arn", "The source role.", "module.source.role_arn");
        hcl.blankLine();
        TerraformText.output(
                hcl, "destination_role_arn", "The role the workload assumes.", "module.destination.role_arn");
        return hcl.text();
    }

    private static void deployerVariable(HclWriter hcl, String side, String accountId) {
        hcl.open("variable", side + "_deployer_role_arn");
        hcl.string(
                "description",
                "A role Terraform assumes to write into account " + accountId
                        + "; null uses the credentials Terraform runs with.");
        hcl.expression("type", "string");
        hcl.expression("default", "null");
        hcl.close().blankLine();
    }

    /** allowed_account_ids: like Rolewire, Terraform never writes into an account it was not asked to. */
    private static void provider(HclWriter hcl, String side, String accountId, String region) {
        hcl.open("provider", "aws");
        hcl.string("alias", side);
        hcl.string("region", region);
        hcl.strings("allowed_account_ids", List.of(accountId));
        hcl.open("dynamic", "assume_role");
        String variable = "var." + side + "_deployer_role_arn";
        hcl.expression("for_each", variable + " == null ? [] : [" + variable + "]");
        hcl.open("content").expression("role_arn", "assume_role.value").close();
        hcl.close().close().blankLine();
    }

    private static void modules(HclWriter hcl) {
        hcl.open("module", "source");
        hcl.string("source", "./modules/source");
        hcl.expression("providers", "{ aws = aws.source }");
        hcl.close().blankLine();
        hcl.open("module", "destination");
        hcl.string("source", "./modules/destination");
        hcl.expression("source_role_arn", "module.source.role_arn");
        hcl.expression("providers", "{ aws = aws.destination }");
        hcl.close().blankLine();
    }
}
