package io.rolewire.aws;

import java.util.Optional;

/** What the live plan and the verification read from IAM. Absent resources are empty, not errors. */
public interface IamReads {

    Optional<LiveRole> role(String roleName);

    Optional<LiveInlinePolicy> rolePolicy(String roleName, String policyName);

    /** Every attached managed policy; a role that does not exist fails with {@code notFound()}. */
    AttachedPolicies attachedPolicies(String roleName);

    Optional<LiveInstanceProfile> instanceProfile(String name);

    /**
     * iam:SimulatePrincipalPolicy: may {@code principalArn} (a role of this account) call {@code
     * action} on {@code resourceArn}? Proves only the identity half of a cross-account assume.
     */
    Simulation simulate(String principalArn, String action, String resourceArn);
}
