package io.rolewire.aws;

/** A write that succeeded: what the executor records for the step. */
public record AwsReceipt(AwsCall call, String target, String requestId) {}
