package io.rolewire.export;

import static io.rolewire.wiring.GoldenJson.assertSemanticallyEqual;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.wiring.Document;
import io.rolewire.wiring.DocumentKeys;
import io.rolewire.wiring.GoldenJson;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * What each export holds for the seeds' wirings: the resources follow what the run creates and what
 * exists, and every policy in a CloudFormation template is the run's stored document. (The Terraform
 * policies are compared after HashiCorp's parser read them back: TerraformExportValidationTest.)
 */
class CodeExportsTest {

    @Test
    void terraformReadsExistingRolesAndMergesTheTrustOfAnExistingDestinationRole() {
        CodeExport export = CodeExports.terraform(ExportRuns.run(ExportRuns.seed003()));

        assertThat(export.files())
                .extracting(ExportFile::path)
                .containsExactly("main.tf", "modules/source/main.tf", "modules/destination/main.tf");
        String source = export.file("modules/source/main.tf").content();
        assertThat(source)
                .contains("data \"aws_iam_role\" \"source\"", "resource \"aws_iam_role_policy\" \"assume_destination\"")
                .contains("resource \"aws_ecs_task_definition\" \"task\"")
                .doesNotContain("resource \"aws_iam_role\"", "aws_iam_instance_profile");
        String destination = export.file("modules/destination/main.tf").content();
        assertThat(destination)
                .contains("data \"aws_iam_role\" \"destination\"", "data \"aws_iam_policy_document\" \"trust\"")
                .contains("source_policy_documents = [data.aws_iam_role.destination.assume_role_policy]")
                .contains("override_policy_documents = [local.rolewire_statement]", "\"Sid\": \"RolewireRun42\"")
                .contains("assume_role_policy = data.aws_iam_policy_document.trust.json", "prevent_destroy = true")
                .doesNotContain("aws_iam_role_policy_attachment");
        assertThat(export.file("main.tf").content())
                .contains("import {", "to = module.destination.aws_iam_role.destination")
                .contains("source_role_arn = module.source.role_arn");
    }

    @Test
    void terraformCreatesTheRolesTheRunCreatesWithTheirTrustAndManagedPolicies() {
        CodeExport export = CodeExports.terraform(ExportRuns.run(ExportRuns.seed003AllNew()));

        assertThat(export.file("modules/source/main.tf").content())
                .contains("resource \"aws_iam_role\" \"source\"", "\"Service\": \"ecs-tasks.amazonaws.com\"")
                .contains("\"rolewire:run-id\" = \"42\"", "depends_on = [aws_iam_role.source]");
        String destination = export.file("modules/destination/main.tf").content();
        assertThat(destination)
                .contains("resource \"aws_iam_role\" \"destination\"", "assume_role_policy = <<-EOT")
                .contains("resource \"aws_iam_role_policy_attachment\" \"destination_managed_1\"")
                .contains("policy_arn = \"arn:aws:iam::aws:policy/ReadOnlyAccess\"")
                .contains("condition = var.source_role_arn == \"arn:aws:iam::111122223333:role/my-ECS-task-role\"")
                .doesNotContain("data \"aws_iam_role\"", "prevent_destroy", "Sid");
        assertThat(export.file("main.tf").content()).doesNotContain("import {");
    }

    @Test
    void terraformForAnEc2InstanceHasAnInstanceProfileAndNoTaskDefinition() {
        CodeExport export = CodeExports.terraform(ExportRuns.run(ExportRuns.seed002()));

        assertThat(export.file("modules/source/main.tf").content())
                .contains("resource \"aws_iam_instance_profile\" \"source\"", "name = \"ec2-profile\"")
                .contains("role = aws_iam_role.source.name", "\"Service\": \"ec2.amazonaws.com\"")
                .doesNotContain("aws_ecs_task_definition");
    }

    @Test
    void terraformWritesTheExecutionRoleOfSeed001WithItsManagedAndInlinePolicies() {
        String source = CodeExports.terraform(ExportRuns.run(ExportRuns.seed001()))
                .file("modules/source/main.tf")
                .content();

        assertThat(source)
                .contains("resource \"aws_iam_role\" \"execution\"", "name = \"ecsTaskExecutionRole\"")
                .contains("resource \"aws_iam_role_policy_attachment\" \"execution_managed_1\"")
                .contains("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy")
                .contains("resource \"aws_iam_role_policy\" \"task_execution\"", "name = \"rolewire-task-execution\"")
                .contains("resource \"aws_iam_role_policy\" \"ecs_exec\"", "network_mode = \"awsvpc\"")
                .contains("requires_compatibilities = [\"FARGATE\"]", "cpu = \"256\"")
                .contains("depends_on = [aws_iam_role.source, aws_iam_role.execution]");
    }

    @Test
    void cloudFormationHasADestinationStackOnlyWhenTheRunCreatesTheDestinationRole() {
        CodeExport existing = CodeExports.cloudFormation(ExportRuns.run(ExportRuns.seed003()));
        CodeExport created = CodeExports.cloudFormation(ExportRuns.run(ExportRuns.seed002()));

        assertThat(existing.files()).extracting(ExportFile::path).containsExactly("README.md", "source.template.json");
        assertThat(existing.file("README.md").content())
                .contains("CloudFormation cannot merge a statement into the trust policy of an existing role")
                .contains("arn:aws:iam::111122223333:role/my-ECS-task-role");
        JsonNode source = json(existing.file("source.template.json"));
        assertThat(source.path("Metadata")
                        .path("Rolewire")
                        .path("DestinationTrust")
                        .asString())
                .contains("CloudFormation cannot merge");
        assertThat(source.path("Description").asString()).contains("Deploy this stack first");

        assertThat(created.files())
                .extracting(ExportFile::path)
                .containsExactly("README.md", "source.template.json", "destination.template.json");
        JsonNode destination = json(created.file("destination.template.json"));
        assertThat(destination.path("Description").asString()).contains("Deploy this stack second");
        assertThat(destination
                        .path("Metadata")
                        .path("Rolewire")
                        .path("StackOrder")
                        .asInt())
                .isEqualTo(2);
        assertThat(created.file("README.md").content())
                .containsSubsequence("rolewire-run-42-source", "rolewire-run-42-destination");
    }

    @Test
    void everyCloudFormationPolicyIsTheRunsStoredDocument() {
        for (var input : ExportRuns.all()) {
            ExportedRun run = ExportRuns.run(input);
            CodeExport export = CodeExports.cloudFormation(run);
            JsonNode resources = json(export.file("source.template.json")).path("Resources");

            assertSemanticallyEqual(
                    resources.path("AssumeDestinationPolicy").path("Properties").path("PolicyDocument"),
                    document(run, DocumentKeys.SOURCE_PERMISSION_POLICY));
            if (input.source().create()) {
                assertSemanticallyEqual(
                        resources.path("SourceRole").path("Properties").path("AssumeRolePolicyDocument"),
                        document(run, DocumentKeys.SOURCE_TRUST_POLICY));
            }
            if (input.destination().create()) {
                JsonNode role = json(export.file("destination.template.json"))
                        .path("Resources")
                        .path("DestinationRole")
                        .path("Properties");
                assertSemanticallyEqual(
                        role.path("AssumeRolePolicyDocument"), document(run, DocumentKeys.DESTINATION_TRUST_POLICY));
                assertThat(role.path("ManagedPolicyArns").valueStream().map(JsonNode::asString))
                        .containsExactlyElementsOf(input.destination().managedPolicyArns());
            }
        }
    }

    @Test
    void theCloudFormationTaskDefinitionIsTheStoredOneInCloudFormationsNames() {
        ExportedRun run = ExportRuns.run(ExportRuns.seed001());
        JsonNode task = json(CodeExports.cloudFormation(run).file("source.template.json"))
                .path("Resources")
                .path("TaskDefinition");
        JsonNode stored = document(run, DocumentKeys.TASK_DEFINITION);

        assertThat(task.path("DependsOn").valueStream().map(JsonNode::asString))
                .containsExactly("SourceRole", "ExecutionRole");
        JsonNode properties = task.path("Properties");
        assertThat(properties.path("TaskRoleArn").asString())
                .isEqualTo(stored.path("taskRoleArn").asString());
        assertThat(properties.path("ExecutionRoleArn").asString())
                .isEqualTo(stored.path("executionRoleArn").asString());
        assertThat(properties.path("Cpu").asString()).isEqualTo("256");
        JsonNode container = properties.path("ContainerDefinitions").get(0);
        assertThat(container.path("Image").asString()).isEqualTo("public.ecr.aws/docker/library/busybox:1.36");
        assertThat(container.path("Essential").asBoolean()).isTrue();
    }

    @Test
    void seed003MatchesItsReviewedGoldenFiles() {
        assertGolden("seed003", CodeExports.terraform(ExportRuns.run(ExportRuns.seed003())));
        assertGolden("seed003", CodeExports.cloudFormation(ExportRuns.run(ExportRuns.seed003())));
        assertGolden("seed002", CodeExports.terraform(ExportRuns.run(ExportRuns.seed002())));
        assertGolden("seed002", CodeExports.cloudFormation(ExportRuns.run(ExportRuns.seed002())));
    }

    private static void assertGolden(String seed, CodeExport export) {
        for (ExportFile file : export.files()) {
            String golden =
                    GoldenFiles.read("export/" + seed + "/" + export.format().slug() + "/" + file.path());
            assertThat(file.content()).as(seed + " " + file.path()).isEqualTo(golden);
        }
    }

    static JsonNode document(ExportedRun run, String key) {
        List<Document> documents = run.documents();
        return GoldenJson.parse(documents.stream()
                .filter(d -> d.key().equals(key))
                .findFirst()
                .orElseThrow()
                .content());
    }

    private static JsonNode json(ExportFile file) {
        return GoldenJson.parse(file.content());
    }
}
