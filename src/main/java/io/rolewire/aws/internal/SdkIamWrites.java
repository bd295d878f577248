package io.rolewire.aws.internal;

import io.rolewire.aws.AwsCall;
import io.rolewire.aws.AwsReceipt;
import io.rolewire.aws.IamWrites;
import io.rolewire.aws.LiveInstanceProfile;
import io.rolewire.aws.LiveRole;
import io.rolewire.wiring.Wiring;
import java.util.List;
import java.util.function.Function;
import software.amazon.awssdk.awscore.AwsResponse;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.CreateInstanceProfileResponse;
import software.amazon.awssdk.services.iam.model.CreateRoleResponse;
import software.amazon.awssdk.services.iam.model.Tag;

/** The IAM writes; only handed out by a session whose account was proven. */
final class SdkIamWrites implements IamWrites {

    static final String MANAGED_BY_KEY = "rolewire:managed-by";
    static final String MANAGED_BY_VALUE = "rolewire";
    static final String RUN_ID_KEY = "rolewire:run-id";

    private final String account;
    private final IamClient iam;
    private final RequestCredentials credentials;
    private final Wiring wiring;

    SdkIamWrites(String account, IamClient iam, RequestCredentials credentials, Wiring wiring) {
        this.account = account;
        this.iam = iam;
        this.credentials = credentials;
        this.wiring = wiring;
    }

    @Override
    public LiveRole createRole(String roleName, String trustPolicy, String runId) {
        CreateRoleResponse response = Calls.run(
                call("CreateRole"),
                () -> iam.createRole(r -> r.roleName(roleName)
                        .assumeRolePolicyDocument(trustPolicy)
                        .tags(tags(runId))
                        .overrideConfiguration(credentials::apply)));
        return IamMapping.role(
                wiring, response.role(), response.responseMetadata().requestId());
    }

    @Override
    public AwsReceipt putRolePolicy(String roleName, String policyName, String document) {
        return receipt(
                "PutRolePolicy",
                roleName,
                c -> iam.putRolePolicy(r -> r.roleName(roleName)
                        .policyName(policyName)
                        .policyDocument(document)
                        .overrideConfiguration(credentials::apply)));
    }

    @Override
    public AwsReceipt attachRolePolicy(String roleName, String policyArn) {
        return receipt(
                "AttachRolePolicy",
                roleName,
                c -> iam.attachRolePolicy(
                        r -> r.roleName(roleName).policyArn(policyArn).overrideConfiguration(credentials::apply)));
    }

    @Override
    public AwsReceipt updateAssumeRolePolicy(String roleName, String trustPolicy) {
        return receipt(
                "UpdateAssumeRolePolicy",
                roleName,
                c -> iam.updateAssumeRolePolicy(r ->
                        r.roleName(roleName).policyDocument(trustPolicy).overrideConfiguration(credentials::apply)));
    }

    @Override
    public LiveInstanceProfile createInstanceProfile(String name) {
        CreateInstanceProfileResponse response = Calls.run(
                call("CreateInstanceProfile"),
                () -> iam.createInstanceProfile(
                        r -> r.instanceProfileName(name).overrideConfiguration(credentials::apply)));
        return IamMapping.instanceProfile(
                response.instanceProfile(), response.responseMetadata().requestId());
    }

    @Override
    public AwsReceipt addRoleToInstanceProfile(String instanceProfileName, String roleName) {
        return receipt(
                "AddRoleToInstanceProfile",
                instanceProfileName,
                c -> iam.addRoleToInstanceProfile(r -> r.instanceProfileName(instanceProfileName)
                        .roleName(roleName)
                        .overrideConfiguration(credentials::apply)));
    }

    @Override
    public AwsReceipt deleteRolePolicy(String roleName, String policyName) {
        return receipt(
                "DeleteRolePolicy",
                roleName,
                c -> iam.deleteRolePolicy(
                        r -> r.roleName(roleName).policyName(policyName).overrideConfiguration(credentials::apply)));
    }

    @Override
    public AwsReceipt detachRolePolicy(String roleName, String policyArn) {
        return receipt(
                "DetachRolePolicy",
                roleName,
                c -> iam.detachRolePolicy(
                        r -> r.roleName(roleName).policyArn(policyArn).overrideConfiguration(credentials::apply)));
    }

    @Override
    public AwsReceipt removeRoleFromInstanceProfile(String instanceProfileName, String roleName) {
        return receipt(
                "RemoveRoleFromInstanceProfile",
                instanceProfileName,
                c -> iam.removeRoleFromInstanceProfile(r -> r.instanceProfileName(instanceProfileName)
                        .roleName(roleName)
                        .overrideConfiguration(credentials::apply)));
    }

    @Override
    public AwsReceipt deleteInstanceProfile(String name) {
        return receipt(
                "DeleteInstanceProfile",
                name,
                c -> iam.deleteInstanceProfile(
                        r -> r.instanceProfileName(name).overrideConfiguration(credentials::apply)));
    }

    @Override
    public AwsReceipt deleteRole(String roleName) {
        return receipt(
                "DeleteRole",
                roleName,
                c -> iam.deleteRole(r -> r.roleName(roleName).overrideConfiguration(credentials::apply)));
    }

    private AwsReceipt receipt(String operation, String target, Function<AwsCall, AwsResponse> write) {
        AwsCall call = call(operation);
        AwsResponse response = Calls.run(call, () -> write.apply(call));
        return new AwsReceipt(call, target, response.responseMetadata().requestId());
    }

    private static List<Tag> tags(String runId) {
        Tag managedBy = tag(MANAGED_BY_KEY, MANAGED_BY_VALUE);
        return runId == null ? List.of(managedBy) : List.of(managedBy, tag(RUN_ID_KEY, runId));
    }

    private static Tag tag(String key, String value) {
        return Tag.builder().key(key).value(value).build();
    }

    private AwsCall call(String operation) {
        return new AwsCall(account, "iam", operation);
    }
}
