package io.rolewire.export;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.testsupport.CfnLint;
import io.rolewire.testsupport.ExternalTool;
import io.rolewire.testsupport.RequiresCfnLint;
import io.rolewire.wiring.WiringInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every seed's templates through AWS's cfn-lint, which checks a template against CloudFormation's
 * resource schemas: resource types, property names, required properties and value types, intrinsic
 * functions and references, and the IAM policy documents inside (their JSON schema). It does not deploy:
 * whether the roles may be created in a given account is left to CloudFormation.
 */
@RequiresCfnLint
class CloudFormationExportValidationTest {

    @TempDir
    Path directory;

    /** One cfn-lint run for every seed (it takes seconds to start): each template's path names its seed. */
    @Test
    void everySeedsTemplatesPassCfnLintWithoutAnyFinding() throws IOException {
        List<String> templates = new ArrayList<>();
        List<WiringInput> inputs = ExportRuns.all();
        for (int i = 0; i < inputs.size(); i++) {
            templates.addAll(written("wiring-" + i, CodeExports.cloudFormation(ExportRuns.run(inputs.get(i)))));
        }

        ExternalTool.Result result = lint(templates);

        assertThat(templates).hasSizeGreaterThan(inputs.size());
        assertThat(result.exitCode()).as(inputs + "\n" + result.describe()).isZero();
        assertThat(result.stdout()).isBlank();
    }

    /** The linter is really checking: the same kind of template with a misspelt property is refused. */
    @Test
    void cfnLintRefusesAMisspeltPropertyAndAnUnknownResourceType() throws IOException {
        Path broken = directory.resolve("broken.template.json");
        String template = CodeExports.cloudFormation(ExportRuns.run(ExportRuns.seed002()))
                .file("destination.template.json")
                .content()
                .replace("\"RoleName\"", "\"RoleNam\"")
                .replace("AWS::IAM::Role\"", "AWS::IAM::Rol\"");
        Files.writeString(broken, template);

        ExternalTool.Result result = lint(List.of(broken.toString()));

        assertThat(result.exitCode()).as(result.describe()).isNotZero();
        assertThat(result.stdout()).contains("AWS::IAM::Rol");
    }

    private List<String> written(String name, CodeExport export) throws IOException {
        List<String> templates = new ArrayList<>();
        Files.createDirectories(directory.resolve(name));
        for (ExportFile file : export.files()) {
            if (file.path().endsWith(".template.json")) {
                Path path = directory.resolve(name).resolve(file.path());
                Files.writeString(path, file.content());
                templates.add(path.toString());
            }
        }
        return templates;
    }

    private static ExternalTool.Result lint(List<String> templates) {
        return CfnLint.lint(templates);
    }
}
