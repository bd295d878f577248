package io.rolewire.export;

/** README.md of the CloudFormation export: which stack goes where, in which order, and what is left out. */
final class CloudFormationReadme {

    private CloudFormationReadme() {}

    static String render(SourceAccount source, DestinationAccount destination, long runId) {
        StringBuilder text = new StringBuilder();
        text.append("# Rolewire run ").append(runId).append(" as CloudFormation\n\n");
        text.append("Generated from the run's stored documents (what was previewed and approved).")
                .append(" One template per account; deploy them in this order:\n\n");
        text.append("1. `")
                .append(CodeExports.CLOUDFORMATION_SOURCE)
                .append("` in the source account ")
                .append(source.accountId())
                .append(" (stack `")
                .append(stackName(runId, "source"))
                .append("`).")
                .append(" Its output `SourceRoleArn` is the principal the destination trust policy names.\n");
        if (destination.role().create()) {
            text.append("2. `")
                    .append(CodeExports.CLOUDFORMATION_DESTINATION)
                    .append("` in the destination account ")
                    .append(destination.accountId())
                    .append(" (stack `")
                    .append(stackName(runId, "destination"))
                    .append("`), only after the first stack is complete: IAM refuses a trust policy whose")
                    .append(" principal does not exist yet.\n\n");
        } else {
            text.append("2. The destination role `")
                    .append(destination.role().name())
                    .append("` in account ")
                    .append(destination.accountId())
                    .append(" exists. ")
                    .append(CloudFormationTemplates.EXISTING_ROLE_NOTE)
                    .append(" The statement to add names `")
                    .append(destination.sourceRoleArn())
                    .append("`.\n\n");
        }
        text.append("```sh\n");
        command(text, runId, "source", source.region());
        if (destination.role().create()) {
            command(text, runId, "destination", destination.region());
        }
        text.append("```\n\n");
        text.append("The templates name their roles, hence `CAPABILITY_NAMED_IAM`. Run each command with")
                .append(" credentials of that stack's account.\n");
        return text.toString();
    }

    private static void command(StringBuilder text, long runId, String side, String region) {
        text.append("aws cloudformation deploy --region ")
                .append(region)
                .append(" --stack-name ")
                .append(stackName(runId, side))
                .append(" --template-file ")
                .append(side)
                .append(".template.json")
                .append(" --capabilities CAPABILITY_NAMED_IAM\n");
    }

    private static String stackName(long runId, String side) {
        return "rolewire-run-" + runId + "-" + side;
    }
}
