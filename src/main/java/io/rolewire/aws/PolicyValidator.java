package io.rolewire.aws;

/** IAM Access Analyzer ValidatePolicy. */
public interface PolicyValidator {

    /** Never throws for a denied or unsupported call: the result says so, and the plan carries on. */
    PolicyValidation validate(String document, PolicyKind kind);
}
