package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.rolewire.aws.LiveRole;
import io.rolewire.aws.Simulation;
import io.rolewire.testsupport.FlociAccount;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AnonymousCredentialsProvider;
import software.amazon.awssdk.awscore.DefaultAwsResponseMetadata;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.EvaluationResult;
import software.amazon.awssdk.services.iam.model.IamResponseMetadata;
import software.amazon.awssdk.services.iam.model.SimulatePrincipalPolicyResponse;
import software.amazon.awssdk.services.iam.model.Statement;

/**
 * The IAM read adapter on AWS's wire format (documents URL-encoded, which the proxy does to Floci's
 * raw ones) and the simulation's request; the other reads run against Floci in
 * {@link IamReadsOnFlociTest}.
 */
class IamReadsTest extends ProxiedAccounts {

    private static final String CANONICAL_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:role/my-ECS-task-role\"},\"Action\":\"sts:AssumeRole\"}]}";

    private static final String SPACED_TRUST =
            "{\n  \"Statement\": [ { \"Action\": \"sts:AssumeRole\", \"Effect\": \"Allow\","
                    + " \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:role/my-ECS-task-role\"} } ],\n  \"Version\": \"2012-10-17\"\n}";

    @Test
    void roleComesWithArnRoleIdAndTheUrlEncodedTrustDecodedAndCanonical() {
        String roleId;
        try (IamClient root = FlociAccount.root(destination).iam()) {
            roleId = root.createRole(r -> r.roleName("destination-account-role").assumeRolePolicyDocument(SPACED_TRUST))
                    .role()
                    .roleId();
        }
        proxy().faults().awsEncodedDocuments(true);

        LiveRole role = destination().iam().role("destination-account-role").orElseThrow();

        assertThat(role.arn()).isEqualTo(roleArn(destination, "destination-account-role"));
        assertThat(role.roleId()).isEqualTo(roleId).startsWith("AROA");
        assertThat(role.trustPolicy()).isEqualTo(CANONICAL_TRUST);
        assertThat(role.requestId()).isNotBlank();
        assertThat(proxy().calls("GetRole").get(0).status()).isEqualTo(200);
    }

    @Test
    void simulationAllowsAssumingTheDestinationOnlyWithTheInlinePolicy() {
        String destinationArn = roleArn(destination, "destination-account-role");
        String sourceArn;
        try (IamClient root = FlociAccount.root(source).iam()) {
            sourceArn = root.createRole(r -> r.roleName("my-ECS-task-role").assumeRolePolicyDocument(TRUST_ECS))
                    .role()
                    .arn();

            Simulation before = source().iam().simulate(sourceArn, "sts:AssumeRole", destinationArn);
            root.putRolePolicy(r -> r.roleName("my-ECS-task-role")
                    .policyName("rolewire-assume-" + destination + "-destination-account-role")
                    .policyDocument("{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
                            + "\"Action\":\"sts:AssumeRole\",\"Resource\":\"" + destinationArn + "\"}]}"));
            Simulation after = source().iam().simulate(sourceArn, "sts:AssumeRole", destinationArn);
            Simulation elsewhere =
                    source().iam().simulate(sourceArn, "sts:AssumeRole", roleArn(destination, "some-other-role"));

            assertThat(before.allowed()).isFalse();
            assertThat(before.decision()).isEqualTo("implicitDeny");
            assertThat(after.allowed()).isTrue();
            assertThat(after.requestId()).isNotBlank();
            assertThat(elsewhere.allowed()).isFalse();
        }
        assertThat(proxy().calls("SimulatePrincipalPolicy").get(0).parameter("PolicySourceArn"))
                .isEqualTo(sourceArn);
    }

    /** Floci answers no MatchedStatements: what AWS answers is given to the adapter by a mocked client. */
    @Test
    @SuppressWarnings("unchecked")
    void theStatementsThatDecidedAreNamedByTheirPolicy() {
        IamClient iam = mock(IamClient.class);
        when(iam.simulatePrincipalPolicy(any(java.util.function.Consumer.class)))
                .thenReturn((SimulatePrincipalPolicyResponse) SimulatePrincipalPolicyResponse.builder()
                        .evaluationResults(EvaluationResult.builder()
                                .evalActionName("sts:AssumeRole")
                                .evalDecision("allowed")
                                .matchedStatements(Statement.builder()
                                        .sourcePolicyId("rolewire-assume-destination")
                                        .build())
                                .build())
                        .responseMetadata(IamResponseMetadata.create(
                                DefaultAwsResponseMetadata.create(java.util.Map.of("AWS_REQUEST_ID", "request-1"))))
                        .build());
        SdkIamReads reads =
                new SdkIamReads(source, iam, new RequestCredentials(AnonymousCredentialsProvider.create()), null);

        Simulation simulation = reads.simulate(roleArn(source, "r"), "sts:AssumeRole", roleArn(destination, "d"));

        assertThat(simulation.allowed()).isTrue();
        assertThat(simulation.matchedStatements()).containsExactly("rolewire-assume-destination");
        assertThat(simulation.requestId()).isEqualTo("request-1");
    }
}
