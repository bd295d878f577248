package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.LiveRole;
import io.rolewire.aws.Simulation;
import io.rolewire.testsupport.aws.StubRole;
import org.junit.jupiter.api.Test;

class IamReadsTest extends StubbedAccounts {

    private static final String CANONICAL_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:role/my-ECS-task-role\"},\"Action\":\"sts:AssumeRole\"}]}";

    private static final String SPACED_TRUST =
            "{\n  \"Statement\": [ { \"Action\": \"sts:AssumeRole\", \"Effect\": \"Allow\","
                    + " \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:role/my-ECS-task-role\"} } ],\n  \"Version\": \"2012-10-17\"\n}";

    @Test
    void roleComesWithArnRoleIdAndTheUrlEncodedTrustDecodedAndCanonical() {
        StubRole given = stub.account(DESTINATION).givenRole("destination-account-role", SPACED_TRUST);

        LiveRole role = destination().iam().role("destination-account-role").orElseThrow();

        assertThat(role.arn()).isEqualTo("arn:aws:iam::555566667777:role/destination-account-role");
        assertThat(role.roleId()).isEqualTo(given.roleId()).startsWith("AROA");
        assertThat(role.trustPolicy()).isEqualTo(CANONICAL_TRUST);
        assertThat(role.requestId()).isNotBlank();
    }

    @Test
    void missingRoleAndPolicyAndInstanceProfileAreEmpty() {
        stub.account(SOURCE).givenRole("my-ECS-task-role", TRUST_ECS);

        assertThat(source().iam().role("nobody")).isEmpty();
        assertThat(source().iam().rolePolicy("my-ECS-task-role", "rolewire-assume-x"))
                .isEmpty();
        assertThat(source().iam().instanceProfile("ec2-profile")).isEmpty();
    }

    @Test
    void inlinePolicyIsDecodedAndCanonical() {
        stub.account(SOURCE)
                .givenRole("my-ECS-task-role", TRUST_ECS)
                .inlinePolicies()
                .put("rolewire-assume", "{ \"Version\" : \"2012-10-17\", \"Statement\": [] }");

        assertThat(source().iam()
                        .rolePolicy("my-ECS-task-role", "rolewire-assume")
                        .orElseThrow()
                        .document())
                .isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":[]}");
    }

    @Test
    void attachedPoliciesListEveryArnAndAMissingRoleIsNotFound() {
        stub.account(SOURCE).givenRole("ecsTaskExecutionRole", TRUST_ECS);
        stub.account(SOURCE)
                .givenAttachedPolicy(
                        "ecsTaskExecutionRole",
                        "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");

        assertThat(source().iam().attachedPolicies("ecsTaskExecutionRole").policyArns())
                .containsExactly("arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy");
        assertThatThrownBy(() -> source().iam().attachedPolicies("nobody"))
                .isInstanceOfSatisfying(
                        AwsCallFailed.class, e -> assertThat(e.notFound()).isTrue());
    }

    @Test
    void instanceProfileNamesItsRoles() {
        stub.account(SOURCE).givenRole("AssumeRoleInA", TRUST_ECS);
        stub.account(SOURCE).givenInstanceProfile("ec2-profile", "AssumeRoleInA");

        var profile = source().iam().instanceProfile("ec2-profile").orElseThrow();

        assertThat(profile.arn()).isEqualTo("arn:aws:iam::111122223333:instance-profile/ec2-profile");
        assertThat(profile.roleNames()).containsExactly("AssumeRoleInA");
    }

    @Test
    void simulationAllowsAssumingTheDestinationOnlyWithTheInlinePolicy() {
        String destinationArn = "arn:aws:iam::555566667777:role/destination-account-role";
        StubRole role = stub.account(SOURCE).givenRole("my-ECS-task-role", TRUST_ECS);
        String sourceArn = role.arn();

        Simulation before = source().iam().simulate(sourceArn, "sts:AssumeRole", destinationArn);
        role.inlinePolicies()
                .put(
                        "rolewire-assume-555566667777-destination-account-role",
                        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Action\":\"sts:AssumeRole\",\"Resource\":\""
                                + destinationArn + "\"}]}");
        Simulation after = source().iam().simulate(sourceArn, "sts:AssumeRole", destinationArn);

        assertThat(before.allowed()).isFalse();
        assertThat(before.decision()).isEqualTo("implicitDeny");
        assertThat(after.allowed()).isTrue();
        assertThat(after.matchedStatements()).containsExactly("rolewire-assume-555566667777-destination-account-role");
        assertThat(stub.requests("SimulatePrincipalPolicy").get(0).parameter("PolicySourceArn"))
                .isEqualTo(sourceArn);
    }
}
