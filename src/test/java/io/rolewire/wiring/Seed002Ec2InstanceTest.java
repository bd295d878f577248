package io.rolewire.wiring;

import static io.rolewire.wiring.GoldenJson.assertSemanticallyEqual;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Seed 002, the EC2 variant: AssumeRoleInA in account B (source, 222233334444) runs on the instance
 * and assumes RoleForB in account A (destination, 444455556666).
 */
class Seed002Ec2InstanceTest {

    private static final String SOURCE_ROLE_ARN = "arn:aws:iam::222233334444:role/AssumeRoleInA";

    private final Wiring wiring = new Wiring();

    private Preview preview(WiringInputs inputs) {
        Preview preview = wiring.preview(inputs.build());
        assertThat(preview.violations()).isEmpty();
        return preview;
    }

    private static String content(Preview preview, String key) {
        return preview.document(key).orElseThrow().content();
    }

    @Test
    void instanceRoleMayAssumeRoleForBAsInTheSeed() {
        assertSemanticallyEqual(
                content(preview(WiringInputs.seed002()), DocumentKeys.SOURCE_PERMISSION_POLICY),
                "seed002-source-permission-policy.json");
    }

    @Test
    void createdInstanceRoleTrustsEc2AsInTheSeed() {
        assertSemanticallyEqual(
                content(preview(WiringInputs.seed002().createSourceRole()), DocumentKeys.SOURCE_TRUST_POLICY),
                "seed002-ec2-trust-policy.json");
    }

    @Test
    void roleForBTrustsTheInstanceRoleArnRatherThanTheAccountRoot() {
        String trust = content(preview(WiringInputs.seed002()), DocumentKeys.DESTINATION_TRUST_POLICY);

        assertThat(GoldenJson.parse(trust)
                        .get("Statement")
                        .get(0)
                        .get("Principal")
                        .get("AWS")
                        .stringValue())
                .isEqualTo(SOURCE_ROLE_ARN);
        assertThat(trust).doesNotContain(":root");
    }

    @Test
    void instanceProfileCarriesTheInstanceRole() {
        String profile = content(preview(WiringInputs.seed002()), DocumentKeys.INSTANCE_PROFILE);

        assertThat(GoldenJson.parse(profile))
                .isEqualTo(GoldenJson.parse(
                        "{\"instanceProfileName\": \"ec2-profile\", \"roleName\": \"AssumeRoleInA\"}"));
    }

    @Test
    void cliProfileTakesCredentialsFromInstanceMetadata() {
        String profile = content(preview(WiringInputs.seed002()), DocumentKeys.CLI_PROFILE);

        assertThat(profile)
                .contains("[profile RoleForB]\n")
                .contains("role_arn = arn:aws:iam::444455556666:role/RoleForB\n")
                .contains("credential_source = Ec2InstanceMetadata\n")
                .doesNotContain("EcsContainer");
    }

    @Test
    void ec2DocumentsComeInDisplayOrderWithoutAnyEcsDocument() {
        assertThat(preview(WiringInputs.seed002().createSourceRole()).documents())
                .extracting(Document::key)
                .containsExactly(
                        DocumentKeys.SOURCE_PERMISSION_POLICY,
                        DocumentKeys.DESTINATION_TRUST_POLICY,
                        DocumentKeys.SOURCE_TRUST_POLICY,
                        DocumentKeys.INSTANCE_PROFILE,
                        DocumentKeys.CLI_PROFILE,
                        DocumentKeys.CLI_SCRIPT,
                        DocumentKeys.SOURCE_DEPLOYER_POLICY,
                        DocumentKeys.DESTINATION_DEPLOYER_POLICY);
    }

    @Test
    void ec2PreviewNeedsNoPassRoleForATaskDefinition() {
        assertThat(preview(WiringInputs.seed002()).findings())
                .extracting(Finding::code)
                .doesNotContain(FindingCodes.PASS_ROLE_REQUIRED);
    }

    @Test
    void seedsRootTrustOfRoleForBIsMergedButFlaggedAsTrustingTheWholeAccount() {
        String seedTrust = GoldenJson.golden("seed002-destination-trust-root-principal.json")
                .toString();

        MergeResult merged =
                wiring.mergeDestinationTrust(seedTrust, WiringInputs.seed002().build());

        assertThat(merged.refused()).isFalse();
        assertThat(merged.changed()).isTrue();
        assertThat(merged.findings())
                .extracting(Finding::severity, Finding::code)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(Severity.WARNING, FindingCodes.TRUST_ROOT_PRINCIPAL));
        assertThat(merged.findings().get(0).message()).contains("222233334444");
        assertThat(GoldenJson.parse(merged.document()).get("Statement").values())
                .extracting(statement -> statement.get("Principal").get("AWS").stringValue())
                .containsExactly("arn:aws:iam::222233334444:root", SOURCE_ROLE_ARN);
    }
}
