package io.rolewire.export;

import static io.rolewire.wiring.GoldenJson.assertSemanticallyEqual;
import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.testsupport.ExternalTool;
import io.rolewire.testsupport.RequiresHcl2Json;
import io.rolewire.wiring.DocumentKeys;
import io.rolewire.wiring.GoldenJson;
import io.rolewire.wiring.InlinePolicyNames;
import io.rolewire.wiring.WiringInput;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The generated Terraform read back by HashiCorp's own HCL parser (the Go hcl library that Terraform uses,
 * as WebAssembly: {@code @cdktf/hcl2json}), and every policy in it compared with the run's stored
 * document. This proves the files parse and that escaping returns exactly the documents; it does not
 * run Terraform (no provider schema check, no plan).
 */
@RequiresHcl2Json
class TerraformExportValidationTest {

    static final String SCRIPT = "src/test/resources/export/hcl2json.cjs";

    @TempDir
    Path directory;

    /** One parser run for every seed (node takes seconds to start): each file's path names its wiring. */
    @Test
    void everySeedsTerraformParsesAndHoldsTheRunsDocuments() throws IOException {
        List<WiringInput> inputs = ExportRuns.all();
        List<Path> paths = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            paths.addAll(written("wiring-" + i, CodeExports.terraform(ExportRuns.run(inputs.get(i)))));
        }
        JsonNode parsed = parse(paths);

        for (int i = 0; i < inputs.size(); i++) {
            ExportedRun run = ExportRuns.run(inputs.get(i));
            Path wiring = directory.resolve("wiring-" + i);
            JsonNode source =
                    parsed.path(wiring.resolve("modules/source/main.tf").toString());
            assertPolicies(source, run);
            assertSourceRoles(source, run);
            assertWorkload(source, run);
            assertDestination(
                    parsed.path(wiring.resolve("modules/destination/main.tf").toString()),
                    parsed.path(wiring.resolve("main.tf").toString()),
                    run);
        }
    }

    @Test
    void valuesThatLookLikeHclOrTemplatesComeBackExactlyAsWritten() throws IOException {
        List<String> hostile = List.of(
                "quote\" } resource \"x\" \"y\" {",
                "back\\slash\\\"",
                "${file(\"/etc/passwd\")}",
                "$${already doubled}",
                "%{ for x in y }${x}%{ endfor }",
                "line\nbreak\r\nand\ttab",
                "unicode é ✓ \u0001");
        HclWriter hcl = new HclWriter().open("locals");
        for (int i = 0; i < hostile.size(); i++) {
            hcl.string("value_" + i, hostile.get(i));
        }
        hcl.heredoc("document", "{\"Resource\": \"arn:aws:s3:::b/${aws:username}/%{x}\"}");
        Path file = directory.resolve("hostile.tf");
        Files.writeString(file, hcl.close().text());

        JsonNode locals =
                parse(List.of(file)).get(file.toString()).path("locals").get(0);

        for (int i = 0; i < hostile.size(); i++) {
            assertThat(literal(locals.path("value_" + i))).isEqualTo(hostile.get(i));
        }
        assertThat(literal(locals.path("document")))
                .isEqualTo("{\"Resource\": \"arn:aws:s3:::b/${aws:username}/%{x}\"}\n");
    }

    @Test
    void theParserRefusesBrokenHcl() throws IOException {
        Path file = directory.resolve("broken.tf");
        Files.writeString(file, "resource \"aws_iam_role\" \"x\" {\n  name = \"unterminated\n}\n");

        ExternalTool.Result result = ExternalTool.run(List.of("node", SCRIPT, file.toString()));

        assertThat(result.exitCode()).as(result.describe()).isNotZero();
        assertThat(result.stderr()).contains("Unterminated template string");
    }

    private void assertPolicies(JsonNode source, ExportedRun run) {
        WiringInput input = run.input();
        Map<String, String> documentOfPolicy = Map.of(
                InlinePolicyNames.assumeDestination(input.destination()),
                DocumentKeys.SOURCE_PERMISSION_POLICY,
                InlinePolicyNames.ECS_EXEC,
                DocumentKeys.ECS_EXEC_POLICY);
        List<String> names = new ArrayList<>();
        for (JsonNode policy : resources(source, "aws_iam_role_policy")) {
            String name = policy.path("name").asString();
            names.add(name);
            JsonNode expected = name.equals(InlinePolicyNames.EXECUTION_ROLE)
                    ? CodeExportsTest.document(run, DocumentKeys.EXECUTION_ROLE).path("inlinePolicy")
                    : CodeExportsTest.document(run, documentOfPolicy.get(name));
            assertSemanticallyEqual(json(policy.path("policy")), expected);
        }
        assertThat(names).contains(InlinePolicyNames.assumeDestination(input.destination()));
    }

    private void assertSourceRoles(JsonNode source, ExportedRun run) {
        List<JsonNode> roles = resources(source, "aws_iam_role");
        if (run.input().source().create()) {
            JsonNode role = roles.stream()
                    .filter(r -> r.path("name")
                            .asString()
                            .equals(run.input().source().roleName()))
                    .findFirst()
                    .orElseThrow();
            assertSemanticallyEqual(
                    json(role.path("assume_role_policy")),
                    CodeExportsTest.document(run, DocumentKeys.SOURCE_TRUST_POLICY));
            assertThat(role.path("tags").path("rolewire:run-id").asString()).isEqualTo("42");
        } else {
            assertThat(source.path("data")
                            .path("aws_iam_role")
                            .path("source")
                            .get(0)
                            .path("name")
                            .asString())
                    .isEqualTo(run.input().source().roleName());
        }
    }

    private void assertWorkload(JsonNode source, ExportedRun run) {
        if (run.input().ecs() != null) {
            JsonNode task = source.path("resource")
                    .path("aws_ecs_task_definition")
                    .path("task")
                    .get(0);
            JsonNode stored = CodeExportsTest.document(run, DocumentKeys.TASK_DEFINITION);
            assertThat(json(task.path("container_definitions"))).isEqualTo(stored.path("containerDefinitions"));
            assertThat(task.path("family").asString())
                    .isEqualTo(stored.path("family").asString());
            assertThat(task.path("task_role_arn").asString())
                    .isEqualTo(stored.path("taskRoleArn").asString());
        } else {
            JsonNode profile = source.path("resource")
                    .path("aws_iam_instance_profile")
                    .path("source")
                    .get(0);
            assertThat(profile.path("name").asString())
                    .isEqualTo(run.input().ec2().instanceProfileName());
        }
    }

    private void assertDestination(JsonNode destination, JsonNode root, ExportedRun run) {
        JsonNode stored = CodeExportsTest.document(run, DocumentKeys.DESTINATION_TRUST_POLICY);
        JsonNode role = destination
                .path("resource")
                .path("aws_iam_role")
                .path("destination")
                .get(0);
        if (run.input().destination().create()) {
            assertSemanticallyEqual(json(role.path("assume_role_policy")), stored);
            assertThat(root.has("import")).isFalse();
            return;
        }
        JsonNode statement = json(destination.path("locals").get(0).path("rolewire_statement"));
        assertThat(statement.path("Statement").get(0).path("Sid").asString()).isEqualTo("RolewireRun42");
        assertSemanticallyEqual(withoutSids(statement), stored);
        JsonNode trust = destination
                .path("data")
                .path("aws_iam_policy_document")
                .path("trust")
                .get(0);
        assertThat(trust.path("source_policy_documents").get(0).asString())
                .isEqualTo("${data.aws_iam_role.destination.assume_role_policy}");
        assertThat(role.path("assume_role_policy").asString()).isEqualTo("${data.aws_iam_policy_document.trust.json}");
        assertThat(root.path("import").get(0).path("id").asString())
                .isEqualTo(run.input().destination().roleName());
    }

    private List<Path> written(String name, CodeExport export) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (ExportFile file : export.files()) {
            Path path = directory.resolve(name).resolve(file.path());
            Files.createDirectories(path.getParent());
            Files.writeString(path, file.content());
            paths.add(path);
        }
        return paths;
    }

    private static JsonNode parse(List<Path> files) {
        List<String> command = new ArrayList<>(List.of("node", SCRIPT));
        files.forEach(file -> command.add(file.toString()));
        ExternalTool.Result result = ExternalTool.run(command);
        assertThat(result.exitCode()).as(result.describe()).isZero();
        return GoldenJson.parse(result.stdout());
    }

    private static List<JsonNode> resources(JsonNode file, String type) {
        List<JsonNode> found = new ArrayList<>();
        file.path("resource").path(type).forEach(byLabel -> byLabel.forEach(found::add));
        return found;
    }

    /**
     * A literal string as Terraform reads it: hcl2json writes the JSON syntax of HCL, where a literal
     * "${" or "%{" stays doubled; undoing that gives the value.
     */
    private static String literal(JsonNode value) {
        return value.asString().replace("$${", "${").replace("%%{", "%{");
    }

    private static JsonNode json(JsonNode heredoc) {
        return GoldenJson.parse(literal(heredoc));
    }

    private static JsonNode withoutSids(JsonNode policy) {
        ObjectNode copy = (ObjectNode) policy.deepCopy();
        copy.path("Statement").forEach(statement -> ((ObjectNode) statement).remove("Sid"));
        return copy;
    }
}
