package io.rolewire.aws;

/**
 * A role as IAM holds it.
 *
 * @param roleId the unique id (AROA...) that trust policies fall back to when the role is deleted
 * @param trustPolicy the trust policy, URL-decoded and in canonical compact JSON
 */
public record LiveRole(String roleName, String arn, String roleId, String trustPolicy, String requestId) {}
