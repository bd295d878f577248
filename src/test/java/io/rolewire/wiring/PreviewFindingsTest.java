package io.rolewire.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/** Findings of a preview: what applying needs, and IAM quotas of the rendered documents. */
class PreviewFindingsTest {

    private final Wiring wiring = new Wiring();

    private Preview preview(WiringInputs inputs) {
        Preview preview = wiring.preview(inputs.build());
        assertThat(preview.violations()).isEmpty();
        return preview;
    }

    private List<Finding> inspect(ObjectNode trustPolicy) {
        return wiring.inspectTrustPolicy(trustPolicy.toString());
    }

    @Test
    void registeringTheTaskDefinitionNeedsPassRoleOnBothRoles() {
        Preview preview = preview(WiringInputs.seed003()
                .executionRole(ExecutionRoleInputs.created().build()));

        Finding passRole = preview.findings().stream()
                .filter(f -> f.code().equals(FindingCodes.PASS_ROLE_REQUIRED))
                .findFirst()
                .orElseThrow();
        assertThat(passRole.severity()).isEqualTo(Severity.INFO);
        assertThat(passRole.message())
                .contains("iam:PassRole")
                .contains(WiringInputs.SOURCE_ROLE_ARN)
                .contains("arn:aws:iam::111122223333:role/ecsTaskExecutionRole");
    }

    @Test
    void existingDestinationRoleGetsItsTrustMergedNotReplaced() {
        assertThat(preview(WiringInputs.seed003()).findings())
                .extracting(Finding::severity, Finding::code)
                .containsExactly(
                        // the seed's container asks for 100 CPU units, under ECS's task minimum on EC2
                        tuple(Severity.WARNING, FindingCodes.EC2_CPU_BELOW_MINIMUM),
                        tuple(Severity.INFO, FindingCodes.DESTINATION_TRUST_MERGE),
                        tuple(Severity.INFO, FindingCodes.PASS_ROLE_REQUIRED));
    }

    @Test
    void createdDestinationRoleNeedsNoMerge() {
        assertThat(preview(WiringInputs.seed003().createDestinationRole()).findings())
                .extracting(Finding::code)
                .containsExactly(FindingCodes.EC2_CPU_BELOW_MINIMUM, FindingCodes.PASS_ROLE_REQUIRED);
    }

    @Test
    void inlinePoliciesOverTenThousandCharactersAreAnErrorNamingTheQuota() {
        String[] secrets = IntStream.range(0, 150)
                .mapToObj(i -> "arn:aws:secretsmanager:us-east-1:111122223333:secret:application-secret-" + i)
                .toArray(String[]::new);
        Preview preview = preview(WiringInputs.seed003()
                .executionRole(ExecutionRoleInputs.created().secrets(secrets).build()));

        assertThat(preview.hasErrors()).isTrue();
        assertThat(preview.findings().get(0).code()).isEqualTo(FindingCodes.INLINE_POLICY_SIZE_MAX);
        assertThat(preview.findings().get(0).message())
                .contains("Role policy size")
                .contains("10,240")
                .contains("ecsTaskExecutionRole");
    }

    @Test
    void ownRenderedTrustHasNoFinding() {
        String trust = preview(WiringInputs.seed003())
                .document(DocumentKeys.DESTINATION_TRUST_POLICY)
                .orElseThrow()
                .content();

        assertThat(wiring.inspectTrustPolicy(trust)).isEmpty();
    }
}
