package io.rolewire.export;

import java.util.ArrayList;
import java.util.List;

/**
 * The generator: a run's stored documents as Terraform or CloudFormation. Pure and stateless (no Spring,
 * no IO); every policy in the output is the run's document as stored, so what a pipeline applies is what
 * was approved.
 */
public final class CodeExports {

    static final String TERRAFORM_ROOT = "main.tf";
    static final String TERRAFORM_SOURCE = "modules/source/main.tf";
    static final String TERRAFORM_DESTINATION = "modules/destination/main.tf";
    static final String CLOUDFORMATION_SOURCE = "source.template.json";
    static final String CLOUDFORMATION_DESTINATION = "destination.template.json";
    static final String CLOUDFORMATION_README = "README.md";

    private CodeExports() {}

    public static CodeExport of(CodeFormat format, ExportedRun run) {
        return format == CodeFormat.TERRAFORM ? terraform(run) : cloudFormation(run);
    }

    public static CodeExport terraform(ExportedRun run) {
        SourceAccount source = SourceAccount.of(run);
        DestinationAccount destination = DestinationAccount.of(run);
        return new CodeExport(
                run.runId(),
                CodeFormat.TERRAFORM,
                List.of(
                        new ExportFile(TERRAFORM_ROOT, TerraformRoot.render(source, destination, run.runId())),
                        new ExportFile(TERRAFORM_SOURCE, TerraformSourceModule.render(source, run.runId())),
                        new ExportFile(
                                TERRAFORM_DESTINATION, TerraformDestinationModule.render(destination, run.runId()))));
    }

    public static CodeExport cloudFormation(ExportedRun run) {
        SourceAccount source = SourceAccount.of(run);
        DestinationAccount destination = DestinationAccount.of(run);
        List<ExportFile> files = new ArrayList<>();
        files.add(new ExportFile(CLOUDFORMATION_README, CloudFormationReadme.render(source, destination, run.runId())));
        files.add(new ExportFile(
                CLOUDFORMATION_SOURCE,
                ExportJson.pretty(CloudFormationTemplates.source(source, destination, run.runId()))));
        if (destination.role().create()) {
            files.add(new ExportFile(
                    CLOUDFORMATION_DESTINATION,
                    ExportJson.pretty(CloudFormationTemplates.destination(destination, run.runId()))));
        }
        return new CodeExport(run.runId(), CodeFormat.CLOUDFORMATION, files);
    }
}
