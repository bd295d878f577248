package io.rolewire.aws;

/** Which call, into which account: what every result and failure names. */
public record AwsCall(String account, String service, String operation) {}
