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

    // Un-wire (ADR 018): each removes exactly one thing a wiring run added.

    AwsReceipt deleteRolePolicy(String roleName, String policyName);

    AwsReceipt detachRolePolicy(String roleName, String policyArn);

    AwsReceipt removeRoleFromInstanceProfile(String instanceProfileName, String roleName);

    AwsReceipt deleteInstanceProfile(String name);

    /** IAM refuses ({@code DeleteConflict}) while the role has policies or sits in a profile. */
    AwsReceipt deleteRole(String roleName);
}
