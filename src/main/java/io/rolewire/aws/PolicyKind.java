package io.rolewire.aws;

/** How Access Analyzer should read a document. */
public enum PolicyKind {
    /** A permission policy attached to (or inline in) a role. */
    IDENTITY_POLICY,
    /** A role's trust policy (validated as AWS::IAM::AssumeRolePolicyDocument). */
    TRUST_POLICY
}
