package io.rolewire.wiring;

import static io.rolewire.wiring.GoldenJson.assertSemanticallyEqual;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Seed 004: the task role's own trust (confused-deputy conditions) and ECS Exec permissions. */
class Seed004EcsTaskRoleTest {

    private final Wiring wiring = new Wiring();

    private Preview preview(WiringInputs inputs) {
        Preview preview = wiring.preview(inputs.build());
        assertThat(preview.violations()).isEmpty();
        return preview;
    }

    @Test
    void createdSourceRoleTrustsEcsTasksOfItsOwnAccountAndRegionOnly() {
        Preview preview = preview(WiringInputs.seed003().region("us-west-2").createSourceRole());

        assertSemanticallyEqual(
                preview.document(DocumentKeys.SOURCE_TRUST_POLICY).orElseThrow().content(),
                "seed004-source-trust-policy.json");
    }

    @Test
    void existingSourceRoleGetsNoTrustPolicy() {
        assertThat(preview(WiringInputs.seed003()).document(DocumentKeys.SOURCE_TRUST_POLICY))
                .isEmpty();
    }

    @Test
    void sourceTrustUsesTheRegionsPartition() {
        Preview preview = preview(WiringInputs.seed003().region("us-gov-east-1").createSourceRole());

        assertThat(preview.document(DocumentKeys.SOURCE_TRUST_POLICY)
                        .orElseThrow()
                        .content())
                .contains("\"arn:aws-us-gov:ecs:us-gov-east-1:111122223333:*\"");
        assertThat(preview.documents())
                .filteredOn(d -> d.format() == DocumentFormat.JSON)
                .allSatisfy(d -> assertThat(d.content()).doesNotContain("arn:aws:"));
    }

    @Test
    void ecsExecAddsTheSeedsSsmMessagesPolicyAsItsOwnDocument() {
        Preview preview = preview(WiringInputs.seed003().ecsExec());

        assertSemanticallyEqual(
                preview.document(DocumentKeys.ECS_EXEC_POLICY).orElseThrow().content(), "seed004-ecs-exec-policy.json");
    }

    @Test
    void ecsExecLeavesTheAssumeRolePolicyAsInSeed003() {
        Preview preview = preview(WiringInputs.seed003().ecsExec());

        String permission = preview.document(DocumentKeys.SOURCE_PERMISSION_POLICY)
                .orElseThrow()
                .content();
        assertThat(permission).doesNotContain("ssmmessages");
        assertSemanticallyEqual(permission, "seed003-source-permission-policy.json");
    }

    @Test
    void everyExtraOnGivesAllEcsDocumentsInDisplayOrder() {
        WiringInputs everything = WiringInputs.seed003()
                .createSourceRole()
                .ecsExec()
                .executionRole(ExecutionRoleInputs.created().build());

        assertThat(preview(everything).documents())
                .extracting(Document::key)
                .containsExactly(
                        DocumentKeys.SOURCE_PERMISSION_POLICY,
                        DocumentKeys.DESTINATION_TRUST_POLICY,
                        DocumentKeys.TASK_DEFINITION,
                        DocumentKeys.SOURCE_TRUST_POLICY,
                        DocumentKeys.EXECUTION_ROLE,
                        DocumentKeys.ECS_EXEC_POLICY,
                        DocumentKeys.CLI_PROFILE,
                        DocumentKeys.CLI_SCRIPT,
                        DocumentKeys.SOURCE_DEPLOYER_POLICY,
                        DocumentKeys.DESTINATION_DEPLOYER_POLICY);
    }
}
