package io.rolewire.aws;

/** The IAM writes of the apply. Every method makes exactly one call and fails with {@link AwsCallFailed}. */
public interface IamWrites {

    /** Tagged {@code rolewire:managed-by=rolewire} and {@code rolewire:run-id=<runId>}. */
    LiveRole createRole(String roleName, String trustPolicy, String runId);

    AwsReceipt putRolePolicy(String roleName, String policyName, String document);

    AwsReceipt attachRolePolicy(String roleName, String policyArn);

    AwsReceipt updateAssumeRolePolicy(String roleName, String trustPolicy);

    LiveInstanceProfile createInstanceProfile(String name);

    AwsReceipt addRoleToInstanceProfile(String instanceProfileName, String roleName);
}
