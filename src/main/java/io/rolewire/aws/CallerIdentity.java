package io.rolewire.aws;

/** Who the credentials are: the answer of sts:GetCallerIdentity. */
public record CallerIdentity(String account, String arn, String requestId) {}
