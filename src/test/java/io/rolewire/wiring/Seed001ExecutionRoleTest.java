package io.rolewire.wiring;

import static io.rolewire.wiring.GoldenJson.assertSemanticallyEqual;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Seed 001: the task execution role, its managed policy and each optional inline statement. */
class Seed001ExecutionRoleTest {

    private static final String SECRET = "arn:aws:secretsmanager:us-east-1:111122223333:secret:secret_name";
    private static final String PARAMETER = "arn:aws:ssm:us-east-1:111122223333:parameter/parameter_name";
    private static final String KEY = "arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private final Wiring wiring = new Wiring();

    private JsonNode executionRole(ExecutionRoleInputs options) {
        Preview preview = wiring.preview(
                WiringInputs.seed003().executionRole(options.build()).build());
        assertThat(preview.violations()).isEmpty();
        return GoldenJson.parse(
                preview.document(DocumentKeys.EXECUTION_ROLE).orElseThrow().content());
    }

    @Test
    void trustIsTheSeedsEcsTasksTrustPlusSeed004sConfusedDeputyConditions() {
        JsonNode trust = executionRole(ExecutionRoleInputs.created()).get("trustPolicy");

        ObjectNode withoutCondition = (ObjectNode) trust.deepCopy();
        JsonNode condition = ((ObjectNode) withoutCondition.get("Statement").get(0)).remove("Condition");
        assertSemanticallyEqual(withoutCondition, GoldenJson.golden("seed001-execution-role-trust-policy.json"));
        assertThat(condition).isEqualTo(GoldenJson.parse("""
                        {"ArnLike": {"aws:SourceArn": "arn:aws:ecs:us-east-1:111122223333:*"},
                         "StringEquals": {"aws:SourceAccount": "111122223333"}}
                        """));
    }

    @Test
    void roleNameDefaultsToEcsTaskExecutionRoleAndAttachesTheManagedPolicy() {
        JsonNode role = executionRole(ExecutionRoleInputs.created());

        assertThat(role.get("roleName").stringValue()).isEqualTo("ecsTaskExecutionRole");
        assertThat(role.get("managedPolicyArns").values())
                .extracting(JsonNode::stringValue)
                .containsExactly("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
    }

    @Test
    void noOptionMeansNoInlinePolicy() {
        assertThat(executionRole(ExecutionRoleInputs.created()).has("inlinePolicy"))
                .isFalse();
    }

    @Test
    void privateRegistryAuthReadsTheSecretAndDecryptsWithTheCustomKey() {
        JsonNode role = executionRole(
                ExecutionRoleInputs.created().privateRegistry(SECRET).kmsKey(KEY));

        assertSemanticallyEqual(role.get("inlinePolicy"), GoldenJson.golden("seed001-private-registry-policy.json"));
    }

    @Test
    void secretsManagerSecretsWithoutCustomKeyNeedOnlyGetSecretValue() {
        JsonNode role = executionRole(ExecutionRoleInputs.created().secrets(SECRET));

        assertSemanticallyEqual(role.get("inlinePolicy"), GoldenJson.golden("seed001-secrets-manager-policy.json"));
    }

    @Test
    void ssmParametersAndSecretsWithCustomKeyAreOneStatementAsInTheSeed() {
        JsonNode role = executionRole(ExecutionRoleInputs.created()
                .ssmParameters(PARAMETER)
                .secrets(SECRET)
                .kmsKey(KEY));

        assertSemanticallyEqual(role.get("inlinePolicy"), GoldenJson.golden("seed001-systems-manager-policy.json"));
    }

    @Test
    void s3EnvironmentFilesGetObjectAndTheirBucketsLocation() {
        JsonNode role = executionRole(ExecutionRoleInputs.created()
                .s3EnvFiles("arn:aws:s3:::amzn-s3-demo-bucket/folder_name/config_file_name"));

        assertSemanticallyEqual(role.get("inlinePolicy"), GoldenJson.golden("seed001-s3-env-files-policy.json"));
    }

    @Test
    void severalFilesInOneBucketNameTheBucketOnce() {
        JsonNode role = executionRole(ExecutionRoleInputs.created()
                .s3EnvFiles("arn:aws:s3:::configs/a.env", "arn:aws:s3:::configs/b.env", "arn:aws:s3:::other/c.env"));

        JsonNode bucketStatement = role.get("inlinePolicy").get("Statement").get(1);
        assertThat(bucketStatement.get("Resource").values())
                .extracting(JsonNode::stringValue)
                .containsExactly("arn:aws:s3:::configs", "arn:aws:s3:::other");
    }

    @Test
    void ecrThroughAnInterfaceEndpointScopesLayerPullsToTheEndpointAndVpc() {
        JsonNode role = executionRole(ExecutionRoleInputs.created().ecrEndpoint("vpce-0a1b2c3d", "vpc-0e1f2a3b"));

        assertSemanticallyEqual(
                role.get("inlinePolicy"), GoldenJson.golden("seed001-ecr-interface-endpoint-policy.json"));
    }

    @Test
    void ecrEndpointWithOnlyAVpceConditionsOnTheEndpointAlone() {
        JsonNode role = executionRole(ExecutionRoleInputs.created().ecrEndpoint("vpce-0a1b2c3d", null));

        JsonNode condition = role.get("inlinePolicy").get("Statement").get(1).get("Condition");
        assertThat(condition.get("StringEquals").propertyNames()).containsExactly("aws:sourceVpce");
    }

    @Test
    void taskDefinitionNamesTheExecutionRoleInTheTasksAccount() {
        Preview preview = wiring.preview(WiringInputs.seed003()
                .executionRole(
                        ExecutionRoleInputs.created().roleName("app-exec").build())
                .build());

        JsonNode task = GoldenJson.parse(
                preview.document(DocumentKeys.TASK_DEFINITION).orElseThrow().content());
        assertThat(task.get("executionRoleArn").stringValue()).isEqualTo("arn:aws:iam::111122223333:role/app-exec");
    }

    @Test
    void everyOptionTogetherGivesOneStatementGroupEachInSeedOrder() {
        JsonNode role = executionRole(ExecutionRoleInputs.created()
                .privateRegistry(SECRET)
                .secrets(SECRET)
                .s3EnvFiles("arn:aws:s3:::configs/a.env")
                .ecrEndpoint("vpce-0a1b2c3d", null));

        List<String> firstActions = role.get("inlinePolicy").get("Statement").values().stream()
                .map(statement -> statement.get("Action"))
                .map(action -> action.isArray() ? action.get(0).stringValue() : action.stringValue())
                .toList();
        assertThat(firstActions)
                .containsExactly(
                        "secretsmanager:GetSecretValue",
                        "secretsmanager:GetSecretValue",
                        "s3:GetObject",
                        "s3:GetBucketLocation",
                        "ecr:GetAuthorizationToken",
                        "ecr:BatchCheckLayerAvailability");
    }
}
