package io.rolewire.wiring;

/** Builds the ARNs Rolewire renders; the partition always comes from the input's region. */
final class Arns {

    static final String TASK_EXECUTION_POLICY_PATH = "policy/service-role/AmazonECSTaskExecutionRolePolicy";

    private Arns() {}

    static String role(String partition, String accountId, String roleName) {
        return "arn:" + partition + ":iam::" + accountId + ":role/" + roleName;
    }

    static String taskExecutionManagedPolicy(String partition) {
        return "arn:" + partition + ":iam::aws:" + TASK_EXECUTION_POLICY_PATH;
    }

    /** Any ECS resource of the account in the region: the only aws:SourceArn ECS supports (seed 004). */
    static String anyEcsResource(String partition, String region, String accountId) {
        return "arn:" + partition + ":ecs:" + region + ":" + accountId + ":*";
    }

    /** The bucket ARN of an S3 object ARN (arn:aws:s3:::bucket/key gives arn:aws:s3:::bucket). */
    static String bucketOf(String s3ObjectArn) {
        return s3ObjectArn.substring(0, s3ObjectArn.indexOf('/'));
    }
}
