package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.AwsReceipt;
import io.rolewire.aws.IamWrites;
import io.rolewire.aws.LiveRole;
import io.rolewire.testsupport.aws.StubRequest;
import org.junit.jupiter.api.Test;

class IamWritesTest extends StubbedAccounts {

    private static final String SOURCE_ARN = "arn:aws:iam::111122223333:role/my-ECS-task-role";

    @Test
    void createdRoleIsTaggedWithRolewireAndTheRun() {
        LiveRole role = source().iamWrites().createRole("my-ECS-task-role", TRUST_ECS, "42");

        StubRequest sent = stub.requests("CreateRole").get(0);
        assertThat(sent.parameter("AssumeRolePolicyDocument")).isEqualTo(TRUST_ECS);
        assertThat(stub.account(SOURCE).role("my-ECS-task-role").orElseThrow().tags())
                .containsEntry("rolewire:managed-by", "rolewire")
                .containsEntry("rolewire:run-id", "42");
        assertThat(role.arn()).isEqualTo(SOURCE_ARN);
        assertThat(role.roleId()).startsWith("AROA");
        assertThat(role.requestId()).isNotBlank();
    }

    @Test
    void eachWriteChangesTheStubAndReturnsItsRequestId() {
        IamWrites writes = source().iamWrites();
        writes.createRole("my-ECS-task-role", TRUST_ECS, "42");
        AwsReceipt put = writes.putRolePolicy(
                "my-ECS-task-role", "rolewire-assume", "{\"Version\":\"2012-10-17\",\"Statement\":[]}");
        AwsReceipt attach = writes.attachRolePolicy("my-ECS-task-role", "arn:aws:iam::aws:policy/ReadOnlyAccess");
        writes.createInstanceProfile("ec2-profile");
        AwsReceipt add = writes.addRoleToInstanceProfile("ec2-profile", "my-ECS-task-role");

        assertThat(put.requestId()).isNotEqualTo(attach.requestId()).isNotBlank();
        assertThat(put.call().operation()).isEqualTo("PutRolePolicy");
        assertThat(add.target()).isEqualTo("ec2-profile");
        var role = stub.account(SOURCE).role("my-ECS-task-role").orElseThrow();
        assertThat(role.inlinePolicies()).containsKey("rolewire-assume");
        assertThat(role.attachedPolicyArns()).containsExactly("arn:aws:iam::aws:policy/ReadOnlyAccess");
        assertThat(stub.account(SOURCE).instanceProfile("ec2-profile").orElseThrow())
                .containsExactly("my-ECS-task-role");
        assertThat(stub.writes())
                .extracting(StubRequest::operation)
                .containsExactly(
                        "CreateRole",
                        "PutRolePolicy",
                        "AttachRolePolicy",
                        "CreateInstanceProfile",
                        "AddRoleToInstanceProfile");
    }

    @Test
    void updateAssumeRolePolicyReplacesTheTrust() {
        stub.account(SOURCE).givenRole("my-ECS-task-role", TRUST_ECS);
        stub.account(DESTINATION).givenRole("destination-account-role", TRUST_ECS);

        destination().iamWrites().updateAssumeRolePolicy("destination-account-role", trustingRole(SOURCE_ARN));

        assertThat(stub.account(DESTINATION)
                        .role("destination-account-role")
                        .orElseThrow()
                        .trustPolicy())
                .isEqualTo(trustingRole(SOURCE_ARN));
    }

    @Test
    void trustNamingARoleThatIsNotVisibleYetIsAnInvalidPrincipalWithItsRequestId() {
        stub.faults().invalidPrincipalAfterCreateRole(2);
        stub.account(DESTINATION).givenRole("destination-account-role", TRUST_ECS);
        source().iamWrites().createRole("my-ECS-task-role", TRUST_ECS, "42");
        IamWrites destination = destination().iamWrites();

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() ->
                            destination.updateAssumeRolePolicy("destination-account-role", trustingRole(SOURCE_ARN)))
                    .isInstanceOfSatisfying(AwsCallFailed.class, e -> {
                        assertThat(e.invalidPrincipal()).isTrue();
                        assertThat(e.errorCode()).isEqualTo("MalformedPolicyDocument");
                        assertThat(e.httpStatus()).isEqualTo(400);
                        assertThat(e.requestId()).isPresent();
                        assertThat(e.service()).isEqualTo("iam");
                        assertThat(e.operation()).isEqualTo("UpdateAssumeRolePolicy");
                    });
        }
        destination.updateAssumeRolePolicy("destination-account-role", trustingRole(SOURCE_ARN));

        assertThat(stub.requests("UpdateAssumeRolePolicy")).hasSize(3);
    }

    @Test
    void trustNamingARoleThatDoesNotExistIsRefusedLikeIamDoes() {
        stub.account(SOURCE);
        assertThatThrownBy(() -> destination()
                        .iamWrites()
                        .createRole("destination-account-role", trustingRole(SOURCE_ARN), "42"))
                .isInstanceOfSatisfying(
                        AwsCallFailed.class,
                        e -> assertThat(e.invalidPrincipal()).isTrue());
    }

    @Test
    void accessDeniedCarriesAccountOperationStatusAndRequestId() {
        stub.faults().deny(SOURCE, "PutRolePolicy");
        IamWrites writes = source().iamWrites();

        assertThatThrownBy(() -> writes.putRolePolicy("my-ECS-task-role", "p", "{}"))
                .isInstanceOfSatisfying(AwsCallFailed.class, e -> {
                    assertThat(e.accessDenied()).isTrue();
                    assertThat(e.account()).isEqualTo(SOURCE);
                    assertThat(e.httpStatus()).isEqualTo(403);
                    assertThat(e.requestId())
                            .contains(
                                    stub.requests("PutRolePolicy").size() == 1
                                            ? e.requestId().get()
                                            : "?");
                    assertThat(e.getMessage()).contains("iam:PutRolePolicy", "AccessDenied", "request id");
                });
    }

    @Test
    void throttlingTwiceIsRetriedByTheSdksStandardModeAndSucceeds() {
        stub.faults().throttle("CreateRole", 2);

        source().iamWrites().createRole("my-ECS-task-role", TRUST_ECS, "42");

        assertThat(stub.requests("CreateRole")).hasSize(3);
        assertThat(stub.account(SOURCE).role("my-ECS-task-role")).isPresent();
    }

    @Test
    void throttlingBeyondTheSdksAttemptsIsReportedAsThrottled() {
        stub.faults().throttle("GetRole", 10);

        assertThatThrownBy(() -> source().iam().role("my-ECS-task-role"))
                .isInstanceOfSatisfying(AwsCallFailed.class, e -> {
                    assertThat(e.throttled()).isTrue();
                    assertThat(e.errorCode()).isEqualTo("Throttling");
                });
        assertThat(stub.requests("GetRole")).hasSize(3);
    }

    @Test
    void theKthWriteFailsOnceAndARetryOfItSucceeds() {
        stub.faults().failWrite(2);
        IamWrites writes = source().iamWrites();
        writes.createRole("my-ECS-task-role", TRUST_ECS, "42");

        assertThatThrownBy(() -> writes.putRolePolicy("my-ECS-task-role", "p", "{}"))
                .isInstanceOfSatisfying(
                        AwsCallFailed.class, e -> assertThat(e.errorCode()).isEqualTo("LimitExceeded"));
        writes.putRolePolicy("my-ECS-task-role", "p", "{}");

        assertThat(stub.requests("PutRolePolicy")).hasSize(2);
    }
}
