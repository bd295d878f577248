package io.rolewire.aws;

/**
 * IAM Access Analyzer's policy checks: ValidatePolicy, and the custom checks on a role's trust
 * policy. None of them reads the account; none throws for a denied or unsupported call: the result
 * says so, and the plan carries on.
 */
public interface PolicyValidator {

    PolicyValidation validate(String document, PolicyKind kind);

    /**
     * CheckNoNewAccess of two trust policies (as resource policies): PASS when {@code newTrust}
     * allows nothing that {@code existingTrust} does not.
     */
    AccessCheck checkNoNewAccess(String newTrust, String existingTrust);

    /** CheckNoPublicAccess of a trust policy (AWS::IAM::AssumeRolePolicyDocument): PASS when nobody at large may assume the role. */
    AccessCheck checkNoPublicAccess(String trust);
}
