package io.rolewire.aws;

/**
 * A registered task definition revision; {@code executionRoleArn} is null when there is none.
 *
 * @param document the revision in the shape of the wiring core's {@code taskDefinition} document
 *     (the fields Rolewire registers), canonical JSON, so that it compares with the rendered one
 */
public record LiveTaskDefinition(
        String arn,
        String family,
        int revision,
        String taskRoleArn,
        String executionRoleArn,
        String document,
        String requestId) {}
