package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.AwsReceipt;
import io.rolewire.aws.IamWrites;
import io.rolewire.aws.LiveRole;
import io.rolewire.testsupport.FlociAccount;
import io.rolewire.testsupport.aws.ProxiedCall;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.AttachedPolicy;
import software.amazon.awssdk.services.iam.model.Role;
import software.amazon.awssdk.services.iam.model.Tag;

/** The IAM write adapter against Floci, with the faults IAM has and Floci lacks injected by the proxy. */
class IamWritesTest extends ProxiedAccounts {

    private String sourceArn() {
        return roleArn(source, "my-ECS-task-role");
    }

    @Test
    void createdRoleIsTaggedWithRolewireAndTheRun() {
        LiveRole role = source().iamWrites().createRole("my-ECS-task-role", TRUST_ECS, "42");

        ProxiedCall sent = proxy().calls("CreateRole").get(0);
        assertThat(sent.parameter("AssumeRolePolicyDocument")).isEqualTo(TRUST_ECS);
        try (IamClient root = FlociAccount.root(source).iam()) {
            assertThat(root.listRoleTags(r -> r.roleName("my-ECS-task-role")).tags())
                    .extracting(Tag::key, Tag::value)
                    .contains(
                            org.assertj.core.groups.Tuple.tuple("rolewire:managed-by", "rolewire"),
                            org.assertj.core.groups.Tuple.tuple("rolewire:run-id", "42"));
        }
        assertThat(role.arn()).isEqualTo(sourceArn());
        assertThat(role.roleId()).startsWith("AROA");
        assertThat(role.requestId()).isEqualTo(sent.requestId()).isNotBlank();
    }

    @Test
    void eachWriteChangesTheAccountAndReturnsItsRequestId() {
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
        try (IamClient root = FlociAccount.root(source).iam()) {
            assertThat(root.listRolePolicies(r -> r.roleName("my-ECS-task-role"))
                            .policyNames())
                    .containsExactly("rolewire-assume");
            assertThat(root.listAttachedRolePolicies(r -> r.roleName("my-ECS-task-role"))
                            .attachedPolicies())
                    .extracting(AttachedPolicy::policyArn)
                    .containsExactly("arn:aws:iam::aws:policy/ReadOnlyAccess");
            assertThat(root.getInstanceProfile(r -> r.instanceProfileName("ec2-profile"))
                            .instanceProfile()
                            .roles())
                    .extracting(Role::roleName)
                    .containsExactly("my-ECS-task-role");
        }
        assertThat(proxy().calls())
                .filteredOn(ProxiedCall::isWrite)
                .extracting(ProxiedCall::action)
                .containsExactly(
                        "CreateRole",
                        "PutRolePolicy",
                        "AttachRolePolicy",
                        "CreateInstanceProfile",
                        "AddRoleToInstanceProfile");
    }

    @Test
    void updateAssumeRolePolicyReplacesTheTrust() {
        try (IamClient root = FlociAccount.root(destination).iam()) {
            root.createRole(r -> r.roleName("destination-account-role").assumeRolePolicyDocument(TRUST_ECS));

            destination().iamWrites().updateAssumeRolePolicy("destination-account-role", trustingRole(sourceArn()));

            assertThat(root.getRole(r -> r.roleName("destination-account-role"))
                            .role()
                            .assumeRolePolicyDocument())
                    .isEqualTo(trustingRole(sourceArn()));
        }
    }

    @Test
    void trustNamingARoleThatIsNotVisibleYetIsAnInvalidPrincipalWithItsRequestId() {
        proxy().faults().invalidPrincipalAfterCreateRole(2);
        try (IamClient root = FlociAccount.root(destination).iam()) {
            root.createRole(r -> r.roleName("destination-account-role").assumeRolePolicyDocument(TRUST_ECS));
        }
        source().iamWrites().createRole("my-ECS-task-role", TRUST_ECS, "42");
        IamWrites destinationWrites = destination().iamWrites();

        for (int attempt = 0; attempt < 2; attempt++) {
            assertThatThrownBy(() -> destinationWrites.updateAssumeRolePolicy(
                            "destination-account-role", trustingRole(sourceArn())))
                    .isInstanceOfSatisfying(AwsCallFailed.class, e -> {
                        assertThat(e.invalidPrincipal()).isTrue();
                        assertThat(e.errorCode()).isEqualTo("MalformedPolicyDocument");
                        assertThat(e.httpStatus()).isEqualTo(400);
                        assertThat(e.requestId()).isPresent();
                        assertThat(e.service()).isEqualTo("iam");
                        assertThat(e.operation()).isEqualTo("UpdateAssumeRolePolicy");
                    });
        }
        destinationWrites.updateAssumeRolePolicy("destination-account-role", trustingRole(sourceArn()));

        assertThat(proxy().calls("UpdateAssumeRolePolicy")).hasSize(3);
    }

    @Test
    void aRoleWhoseTrustNamesARoleNotVisibleYetIsRefusedLikeIamDoes() {
        proxy().faults().invalidPrincipalAfterCreateRole(1);
        source().iamWrites().createRole("my-ECS-task-role", TRUST_ECS, "42");

        assertThatThrownBy(() -> destination()
                        .iamWrites()
                        .createRole("destination-account-role", trustingRole(sourceArn()), "42"))
                .isInstanceOfSatisfying(
                        AwsCallFailed.class,
                        e -> assertThat(e.invalidPrincipal()).isTrue());
    }

    @Test
    void accessDeniedCarriesAccountOperationStatusAndRequestId() {
        proxy().faults().fail("PutRolePolicy", "AccessDenied", 1);
        IamWrites writes = source().iamWrites();

        assertThatThrownBy(() -> writes.putRolePolicy("my-ECS-task-role", "p", "{}"))
                .isInstanceOfSatisfying(AwsCallFailed.class, e -> {
                    assertThat(e.accessDenied()).isTrue();
                    assertThat(e.account()).isEqualTo(source);
                    assertThat(e.httpStatus()).isEqualTo(403);
                    assertThat(e.requestId())
                            .contains(proxy().calls("PutRolePolicy").get(0).requestId());
                    assertThat(e.getMessage()).contains("iam:PutRolePolicy", "AccessDenied", "request id");
                });
    }

    @Test
    void throttlingTwiceIsRetriedByTheSdksStandardModeAndSucceeds() {
        proxy().faults().throttle("CreateRole", 2);

        source().iamWrites().createRole("my-ECS-task-role", TRUST_ECS, "42");

        assertThat(proxy().calls("CreateRole")).hasSize(3);
        try (IamClient root = FlociAccount.root(source).iam()) {
            assertThat(root.getRole(r -> r.roleName("my-ECS-task-role")).role().arn())
                    .isEqualTo(sourceArn());
        }
    }

    @Test
    void throttlingBeyondTheSdksAttemptsIsReportedAsThrottled() {
        proxy().faults().throttle("GetRole", 10);

        assertThatThrownBy(() -> source().iam().role("my-ECS-task-role"))
                .isInstanceOfSatisfying(AwsCallFailed.class, e -> {
                    assertThat(e.throttled()).isTrue();
                    assertThat(e.errorCode()).isEqualTo("Throttling");
                });
        assertThat(proxy().calls("GetRole")).hasSize(3);
    }

    @Test
    void aWriteThatFailsOnceSucceedsWhenMadeAgain() {
        proxy().faults().fail("PutRolePolicy", "LimitExceeded", 1);
        IamWrites writes = source().iamWrites();
        writes.createRole("my-ECS-task-role", TRUST_ECS, "42");

        assertThatThrownBy(() -> writes.putRolePolicy("my-ECS-task-role", "p", "{}"))
                .isInstanceOfSatisfying(
                        AwsCallFailed.class, e -> assertThat(e.errorCode()).isEqualTo("LimitExceeded"));
        writes.putRolePolicy("my-ECS-task-role", "p", "{}");

        assertThat(proxy().calls("PutRolePolicy")).hasSize(2);
    }
}
