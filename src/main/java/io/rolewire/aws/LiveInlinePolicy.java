package io.rolewire.aws;

/** An inline policy of a role; {@code document} URL-decoded and in canonical compact JSON. */
public record LiveInlinePolicy(String roleName, String policyName, String document, String requestId) {}
