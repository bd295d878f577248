package io.rolewire.testsupport.aws;

/** One registered revision; {@code json} is the RegisterTaskDefinition body the SDK sent. */
public record StubTaskDefinition(
        String arn, String family, int revision, String taskRoleArn, String executionRoleArn, String json) {}
