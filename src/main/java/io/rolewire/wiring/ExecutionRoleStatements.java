package io.rolewire.wiring;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/** The inline statements of seed 001, one group per option the operator turned on. */
final class ExecutionRoleStatements {

    static final String GET_SECRET_VALUE = "secretsmanager:GetSecretValue";
    static final String KMS_DECRYPT = "kms:Decrypt";

    private ExecutionRoleStatements() {}

    static List<ObjectNode> forOptions(ExecutionRoleOptions options) {
        List<ObjectNode> statements = new ArrayList<>();
        privateRegistry(options, statements);
        secretsAndParameters(options, statements);
        s3EnvironmentFiles(options, statements);
        ecrThroughEndpoint(options, statements);
        return statements;
    }

    /** Registry credentials in Secrets Manager; kms:Decrypt only for a customer managed key. */
    private static void privateRegistry(ExecutionRoleOptions options, List<ObjectNode> statements) {
        if (isSet(options.privateRegistrySecretArn())) {
            Grant grant = new Grant().add(GET_SECRET_VALUE, List.of(options.privateRegistrySecretArn()));
            statements.add(grant.withKey(options.kmsKeyArn()).toStatement());
        }
    }

    private static void secretsAndParameters(ExecutionRoleOptions options, List<ObjectNode> statements) {
        if (!options.ssmParameterArns().isEmpty() || !options.secretArns().isEmpty()) {
            Grant grant = new Grant()
                    .add("ssm:GetParameters", options.ssmParameterArns())
                    .add(GET_SECRET_VALUE, options.secretArns());
            statements.add(grant.withKey(options.kmsKeyArn()).toStatement());
        }
    }

    /** s3:GetObject on each file, s3:GetBucketLocation on each bucket they live in. */
    private static void s3EnvironmentFiles(ExecutionRoleOptions options, List<ObjectNode> statements) {
        if (!options.s3EnvFileArns().isEmpty()) {
            List<String> buckets = options.s3EnvFileArns().stream()
                    .map(Arns::bucketOf)
                    .distinct()
                    .toList();
            statements.add(Policies.allow(List.of("s3:GetObject"), options.s3EnvFileArns()));
            statements.add(Policies.allow(List.of("s3:GetBucketLocation"), buckets));
        }
    }

    /** Image layers may only be pulled through the given endpoint or VPC; the token call cannot be scoped. */
    private static void ecrThroughEndpoint(ExecutionRoleOptions options, List<ObjectNode> statements) {
        if (!isSet(options.ecrVpceId()) && !isSet(options.ecrVpcId())) {
            return;
        }
        statements.add(Policies.allow(
                List.of("ecr:GetAuthorizationToken", "logs:CreateLogStream", "logs:PutLogEvents"), List.of("*")));
        ObjectNode pull = Policies.allow(
                List.of("ecr:BatchCheckLayerAvailability", "ecr:GetDownloadUrlForLayer", "ecr:BatchGetImage"),
                List.of("*"));
        if (isSet(options.ecrVpceId())) {
            Policies.withCondition(pull, "StringEquals", "aws:sourceVpce", options.ecrVpceId());
        }
        if (isSet(options.ecrVpcId())) {
            Policies.withCondition(pull, "StringEquals", "aws:sourceVpc", options.ecrVpcId());
        }
        statements.add(pull);
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    /** Actions and resources gathered for one statement, the seed's way: one statement per option. */
    private static final class Grant {

        private final List<String> actions = new ArrayList<>();
        private final List<String> resources = new ArrayList<>();

        Grant add(String action, List<String> arns) {
            if (!arns.isEmpty()) {
                actions.add(action);
                resources.addAll(arns);
            }
            return this;
        }

        Grant withKey(String kmsKeyArn) {
            return isSet(kmsKeyArn) ? add(KMS_DECRYPT, List.of(kmsKeyArn)) : this;
        }

        ObjectNode toStatement() {
            return Policies.allow(actions, resources.stream().distinct().toList());
        }
    }
}
