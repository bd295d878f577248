package io.rolewire.aws;

/** One task definition revision's status: an un-wire deregisters it (INACTIVE). */
public record TaskDefinitionRevision(String arn, boolean active, String requestId) {}
