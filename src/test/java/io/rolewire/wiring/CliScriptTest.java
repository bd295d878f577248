package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliScriptTest {

    /** Valid IAM names can hold = , . @ + which a careless script would mangle. */
    private static final String TRICKY_ROLE = "app=x,y.z@team+1";

    private final Wiring wiring = new Wiring();

    @TempDir
    Path workDir;

    private Preview preview(WiringInputs inputs) {
        Preview preview = wiring.preview(inputs.build());
        assertThat(preview.violations()).isEmpty();
        return preview;
    }

    private static String script(Preview preview) {
        return preview.document(DocumentKeys.CLI_SCRIPT).orElseThrow().content();
    }

    private static WiringInputs everythingOn() {
        return WiringInputs.seed003()
                .source(WiringInputs.SOURCE_ACCOUNT, TRICKY_ROLE, true)
                .createDestinationRole("arn:aws:iam::aws:policy/ReadOnlyAccess")
                .ecsExec()
                .executionRole(ExecutionRoleInputs.created()
                        .secrets("arn:aws:secretsmanager:us-east-1:111122223333:secret:db")
                        .build());
    }

    private static List<String> commandsOf(List<List<String>> calls) {
        return calls.stream().map(call -> call.get(0) + " " + call.get(1)).toList();
    }

    @Test
    void scriptIsStrictBashLabelledStepByStep() {
        String script = script(preview(everythingOn()));

        assertThat(script).startsWith("#!/usr/bin/env bash\n").contains("\nset -euo pipefail\n");
        List<String> steps = Arrays.asList(script.split("\n\n"));
        assertThat(steps.subList(1, steps.size()))
                .hasSize(6)
                .allSatisfy(step -> assertThat(step)
                        .startsWith("# Needs credentials for the ")
                        .contains("\naws "));
        assertThat(steps.get(5)).startsWith("# Needs credentials for the destination account 555566667777.");
    }

    @Test
    void ecsCommandsRunInApplyOrderWithEveryNameAndDocumentIntact() throws Exception {
        assumeThat(FakeAwsCli.bashAvailable()).isTrue();
        Preview preview = preview(everythingOn());

        List<List<String>> calls = FakeAwsCli.run(script(preview), workDir, Map.of());

        assertThat(commandsOf(calls))
                .containsExactly(
                        "iam create-role",
                        "iam put-role-policy",
                        "iam put-role-policy",
                        "iam create-role",
                        "iam attach-role-policy",
                        "iam put-role-policy",
                        "iam create-role",
                        "iam attach-role-policy",
                        "ecs register-task-definition");
        assertThat(FakeAwsCli.option(calls.get(0), "--role-name")).isEqualTo(TRICKY_ROLE);
        assertThat(FakeAwsCli.option(calls.get(6), "--role-name")).isEqualTo(WiringInputs.DESTINATION_ROLE);
        assertThat(GoldenJson.parse(FakeAwsCli.option(calls.get(1), "--policy-document")))
                .isEqualTo(GoldenJson.parse(preview.document(DocumentKeys.SOURCE_PERMISSION_POLICY)
                        .orElseThrow()
                        .content()));
        assertThat(GoldenJson.parse(FakeAwsCli.option(calls.get(8), "--cli-input-json")))
                .isEqualTo(GoldenJson.parse(preview.document(DocumentKeys.TASK_DEFINITION)
                        .orElseThrow()
                        .content()));
        assertThat(FakeAwsCli.option(calls.get(1), "--policy-name"))
                .isEqualTo(InlinePolicyNames.assumeDestination(
                        everythingOn().build().destination()));
    }

    @Test
    void existingRolesAreNeitherCreatedNorOverwrittenBlindly() throws Exception {
        assumeThat(FakeAwsCli.bashAvailable()).isTrue();
        String script = script(preview(WiringInputs.seed003()));

        assertThat(script).contains("MERGE this statement into its current trust policy, do not overwrite it.");
        assertThat(commandsOf(FakeAwsCli.run(script, workDir, Map.of("MERGED_TRUST_POLICY", "/tmp/merged.json"))))
                .containsExactly(
                        "iam put-role-policy", "iam update-assume-role-policy", "ecs register-task-definition");
    }

    @Test
    void trustUpdateRefusesToRunWithoutAMergedDocument() {
        assumeThat(FakeAwsCli.bashAvailable()).isTrue();
        String script = script(preview(WiringInputs.seed003()));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> FakeAwsCli.run(script, workDir, Map.of()))
                .hasMessageContaining("MERGED_TRUST_POLICY");
    }

    @Test
    void ec2ScriptPutsTheRoleInAnInstanceProfileBeforeTouchingTheDestination() throws Exception {
        assumeThat(FakeAwsCli.bashAvailable()).isTrue();
        String script = script(preview(WiringInputs.seed002()
                .createSourceRole()
                .createDestinationRole("arn:aws:iam::aws:policy/ReadOnlyAccess")));

        List<List<String>> calls = FakeAwsCli.run(script, workDir, Map.of());

        assertThat(commandsOf(calls))
                .containsExactly(
                        "iam create-role",
                        "iam put-role-policy",
                        "iam create-instance-profile",
                        "iam add-role-to-instance-profile",
                        "iam create-role",
                        "iam attach-role-policy");
        assertThat(FakeAwsCli.option(calls.get(3), "--instance-profile-name")).isEqualTo("ec2-profile");
        assertThat(FakeAwsCli.option(calls.get(3), "--role-name")).isEqualTo("AssumeRoleInA");
    }

    @Test
    void quotingKeepsEveryCharacterLiteralIncludingQuotes() throws Exception {
        assumeThat(FakeAwsCli.bashAvailable()).isTrue();
        String hostile = "it's $(rm -rf /) `x` \"y\" \\ ; & | * ?";
        String script = "#!/usr/bin/env bash\naws echo " + ShellScript.quote(hostile) + "\n";

        assertThat(FakeAwsCli.run(script, workDir, Map.of()).get(0)).containsExactly("echo", hostile);
    }
}
