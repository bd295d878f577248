package io.rolewire.aws;

/** A registered task definition revision; {@code executionRoleArn} is null when there is none. */
public record LiveTaskDefinition(
        String arn, String family, int revision, String taskRoleArn, String executionRoleArn, String requestId) {}
