package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.rolewire.aws.LiveRole;
import io.rolewire.aws.Simulation;
import io.rolewire.testsupport.aws.StubRole;
import org.junit.jupiter.api.Test;

/**
 * The IAM read adapter on AWS's wire format (URL-encoded documents) and the simulation's request;
 * the other reads run against Floci in {@link IamReadsOnFlociTest}.
 */
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
