package io.rolewire.wiring;

import static io.rolewire.wiring.GoldenJson.assertSemanticallyEqual;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The deployer role policy of each account: exactly the calls Rolewire makes there, on its resources. */
class DeployerPolicyTest {

    private static final String EXECUTION_ROLE_ARN = "arn:aws:iam::111122223333:role/ecsTaskExecutionRole";

    private final Wiring wiring = new Wiring();

    private JsonNode document(WiringInputs inputs, String key) {
        Preview preview = wiring.preview(inputs.build());
        assertThat(preview.violations()).isEmpty();
        return GoldenJson.parse(preview.document(key).orElseThrow().content());
    }

    private static JsonNode statement(JsonNode policy, String sid) {
        return IamJson.statements(policy).stream()
                .filter(s -> sid.equals(s.path("Sid").stringValue(null)))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no statement " + sid + " in " + policy));
    }

    private static List<String> sids(JsonNode policy) {
        return IamJson.statements(policy).stream()
                .map(s -> s.path("Sid").stringValue())
                .toList();
    }

    @Test
    void seed003SourceDeployerPolicyMatchesTheGoldenFile() {
        assertSemanticallyEqual(
                document(WiringInputs.seed003(), DocumentKeys.SOURCE_DEPLOYER_POLICY)
                        .toString(),
                "seed003-source-deployer-policy.json");
    }

    @Test
    void seed003DestinationDeployerPolicyMatchesTheGoldenFile() {
        assertSemanticallyEqual(
                document(WiringInputs.seed003(), DocumentKeys.DESTINATION_DEPLOYER_POLICY)
                        .toString(),
                "seed003-destination-deployer-policy.json");
    }

    @Test
    void deployerPoliciesComeLastInThePreview() {
        List<Document> documents =
                wiring.preview(WiringInputs.seed003().build()).documents();
        assertThat(documents.subList(documents.size() - 2, documents.size()))
                .extracting(Document::key)
                .containsExactly(DocumentKeys.SOURCE_DEPLOYER_POLICY, DocumentKeys.DESTINATION_DEPLOYER_POLICY);
    }

    @Test
    void passRoleCoversTaskAndExecutionRoleOnlyForEcsTasks() {
        JsonNode policy = document(
                WiringInputs.seed003()
                        .executionRole(ExecutionRoleInputs.created().build()),
                DocumentKeys.SOURCE_DEPLOYER_POLICY);
        JsonNode passRole = statement(policy, "PassRoleToEcsTasks");
        assertThat(IamJson.strings(passRole.get("Action"))).containsExactly("iam:PassRole");
        assertThat(IamJson.strings(passRole.get("Resource")))
                .containsExactlyInAnyOrder(WiringInputs.SOURCE_ROLE_ARN, EXECUTION_ROLE_ARN);
        assertThat(passRole.at("/Condition/StringEquals/iam:PassedToService").stringValue())
                .isEqualTo("ecs-tasks.amazonaws.com");
        assertThat(IamJson.strings(statement(policy, "ExecutionRole").get("Resource")))
                .containsExactly(EXECUTION_ROLE_ARN);
    }

    @Test
    void creatingRolesAddsCreateTagAttachAndTheirUnwireOnlyThen() {
        JsonNode existing = statement(
                document(WiringInputs.seed003(), DocumentKeys.DESTINATION_DEPLOYER_POLICY), "DestinationRole");
        JsonNode created = statement(
                document(
                        WiringInputs.seed003()
                                .createSourceRole()
                                .createDestinationRole("arn:aws:iam::aws:policy/ReadOnlyAccess"),
                        DocumentKeys.DESTINATION_DEPLOYER_POLICY),
                "DestinationRole");
        assertThat(IamJson.strings(existing.get("Action")))
                .containsExactly("iam:GetRole", "iam:ListAttachedRolePolicies", "iam:UpdateAssumeRolePolicy");
        assertThat(IamJson.strings(created.get("Action")))
                .containsExactly(
                        "iam:AttachRolePolicy",
                        "iam:CreateRole",
                        "iam:DeleteRole",
                        "iam:DetachRolePolicy",
                        "iam:GetRole",
                        "iam:ListAttachedRolePolicies",
                        "iam:TagRole",
                        "iam:UpdateAssumeRolePolicy");
        assertThat(IamJson.strings(created.get("Resource"))).containsExactly(WiringInputs.DESTINATION_ROLE_ARN);
    }

    @Test
    void ec2SourceDeployerPolicyScopesTheInstanceProfileAndPassesOnlyTheSourceRole() {
        JsonNode policy = document(WiringInputs.seed002(), DocumentKeys.SOURCE_DEPLOYER_POLICY);
        assertThat(sids(policy))
                .containsExactly(
                        "CallerIdentity",
                        "SourceRole",
                        "Simulate",
                        "InstanceProfile",
                        "PassRoleToInstanceProfile",
                        "ValidatePolicy");
        assertThat(IamJson.strings(statement(policy, "InstanceProfile").get("Resource")))
                .containsExactly("arn:aws:iam::222233334444:instance-profile/ec2-profile");
        assertThat(IamJson.strings(
                        statement(policy, "PassRoleToInstanceProfile").get("Resource")))
                .containsExactly("arn:aws:iam::222233334444:role/AssumeRoleInA");
        assertThat(policy.toString()).doesNotContain("ecs:");
    }

    @Test
    void partitionFollowsTheRegion() {
        JsonNode policy =
                document(WiringInputs.seed003().region("us-gov-west-1"), DocumentKeys.DESTINATION_DEPLOYER_POLICY);
        assertThat(IamJson.strings(statement(policy, "DestinationRole").get("Resource")))
                .containsExactly("arn:aws-us-gov:iam::555566667777:role/destination-account-role");
    }

    @Test
    void theDestinationDeployerMayAskAccessAnalyzerToCheckTheTrustAndNothingMoreOnEveryResource() {
        JsonNode policy = document(WiringInputs.seed003(), DocumentKeys.DESTINATION_DEPLOYER_POLICY);
        List<String> unscoped = IamJson.statements(policy).stream()
                .filter(s -> IamJson.strings(s.get("Resource")).contains("*"))
                .flatMap(s -> IamJson.strings(s.get("Action")).stream())
                .toList();
        assertThat(unscoped)
                .containsExactlyInAnyOrder(
                        "sts:GetCallerIdentity",
                        "access-analyzer:CheckNoNewAccess",
                        "access-analyzer:CheckNoPublicAccess");
    }

    @Test
    void onlyCallerIdentityAnalyzerAndTaskDefinitionsAreOnEveryResource() {
        JsonNode policy = document(WiringInputs.seed003(), DocumentKeys.SOURCE_DEPLOYER_POLICY);
        List<String> unscoped = IamJson.statements(policy).stream()
                .filter(s -> IamJson.strings(s.get("Resource")).contains("*"))
                .flatMap(s -> IamJson.strings(s.get("Action")).stream())
                .toList();
        assertThat(unscoped)
                .containsExactlyInAnyOrder(
                        "sts:GetCallerIdentity",
                        "access-analyzer:ValidatePolicy",
                        "ecs:DeregisterTaskDefinition",
                        "ecs:DescribeTaskDefinition",
                        "ecs:RegisterTaskDefinition");
    }
}
