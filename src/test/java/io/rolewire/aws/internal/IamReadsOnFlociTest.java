package io.rolewire.aws.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rolewire.aws.AccountSession;
import io.rolewire.aws.AwsCallFailed;
import io.rolewire.aws.AwsProperties;
import io.rolewire.aws.LiveRole;
import io.rolewire.testsupport.FlociAccount;
import io.rolewire.testsupport.LocalFloci;
import io.rolewire.testsupport.RequiresFloci;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.iam.IamClient;

/**
 * The IAM read adapter against Floci, which sends policy documents as raw JSON (AWS URL-encodes
 * them): both must read as the same canonical document. One account of its own, names per test run.
 */
@RequiresFloci
class IamReadsOnFlociTest {

    private static final String ACCOUNT = "440000000001";
    private static final String TRUST_ECS = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"Service\":\"ecs-tasks.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}";
    private static final String CANONICAL_TRUST = "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\","
            + "\"Principal\":{\"AWS\":\"arn:aws:iam::111122223333:role/my-ECS-task-role\"},\"Action\":\"sts:AssumeRole\"}]}";
    private static final String SPACED_TRUST =
            "{\n  \"Statement\": [ { \"Action\": \"sts:AssumeRole\", \"Effect\": \"Allow\","
                    + " \"Principal\": {\"AWS\": \"arn:aws:iam::111122223333:role/my-ECS-task-role\"} } ],\n  \"Version\": \"2012-10-17\"\n}";

    @TempDir
    Path directory;

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    private final IamClient root = FlociAccount.root(ACCOUNT).iam();
    private SdkSessions sessions;

    @BeforeEach
    void openSessions() throws IOException {
        Path credentials = Files.writeString(
                directory.resolve("credentials"),
                "[floci]\naws_access_key_id = " + ACCOUNT + "\naws_secret_access_key = test\n");
        sessions = new SdkSessions(new AwsProperties(
                LocalFloci.endpoint(),
                FlociAccount.REGION,
                credentials,
                Map.of(ACCOUNT, AwsProperties.Account.of(null, null, "floci")),
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                AwsProperties.RetryMode.STANDARD));
    }

    @AfterEach
    void close() {
        sessions.close();
        root.close();
    }

    @Test
    void roleComesWithArnRoleIdAndTheRawTrustCanonical() {
        String name = "reads-" + suffix;
        String roleId = root.createRole(r -> r.roleName(name).assumeRolePolicyDocument(SPACED_TRUST))
                .role()
                .roleId();

        LiveRole role = account().iam().role(name).orElseThrow();

        assertThat(role.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":role/" + name);
        assertThat(role.roleId()).isEqualTo(roleId).isNotBlank();
        assertThat(role.trustPolicy()).isEqualTo(CANONICAL_TRUST);
        assertThat(role.requestId()).isNotBlank();
    }

    @Test
    void missingRoleAndPolicyAndInstanceProfileAreEmpty() {
        String name = "lonely-" + suffix;
        root.createRole(r -> r.roleName(name).assumeRolePolicyDocument(TRUST_ECS));

        assertThat(account().iam().role("nobody-" + suffix)).isEmpty();
        assertThat(account().iam().rolePolicy(name, "rolewire-assume-x")).isEmpty();
        assertThat(account().iam().instanceProfile("nothing-" + suffix)).isEmpty();
    }

    @Test
    void inlinePolicyIsCanonical() {
        String name = "inline-" + suffix;
        root.createRole(r -> r.roleName(name).assumeRolePolicyDocument(TRUST_ECS));
        root.putRolePolicy(r -> r.roleName(name)
                .policyName("rolewire-assume")
                .policyDocument("{ \"Version\" : \"2012-10-17\", \"Statement\": [] }"));

        assertThat(account()
                        .iam()
                        .rolePolicy(name, "rolewire-assume")
                        .orElseThrow()
                        .document())
                .isEqualTo("{\"Version\":\"2012-10-17\",\"Statement\":[]}");
    }

    @Test
    void attachedPoliciesListEveryArnAndAMissingRoleIsNotFound() {
        String name = "exec-" + suffix;
        String managed = "arn:aws:iam::aws:policy/service-role/AmazonECSTaskExecutionRolePolicy";
        root.createRole(r -> r.roleName(name).assumeRolePolicyDocument(TRUST_ECS));
        root.attachRolePolicy(r -> r.roleName(name).policyArn(managed));

        assertThat(account().iam().attachedPolicies(name).policyArns()).containsExactly(managed);
        assertThatThrownBy(() -> account().iam().attachedPolicies("nobody-" + suffix))
                .isInstanceOfSatisfying(
                        AwsCallFailed.class, e -> assertThat(e.notFound()).isTrue());
    }

    @Test
    void instanceProfileNamesItsRoles() {
        String name = "ec2-" + suffix;
        root.createRole(r -> r.roleName(name).assumeRolePolicyDocument(TRUST_ECS));
        root.createInstanceProfile(r -> r.instanceProfileName(name));
        root.addRoleToInstanceProfile(r -> r.instanceProfileName(name).roleName(name));

        var profile = account().iam().instanceProfile(name).orElseThrow();

        assertThat(profile.arn()).isEqualTo("arn:aws:iam::" + ACCOUNT + ":instance-profile/" + name);
        assertThat(profile.roleNames()).containsExactly(name);
    }

    private AccountSession account() {
        return sessions.open(ACCOUNT, FlociAccount.REGION, "42");
    }
}
