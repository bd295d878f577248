package io.rolewire.wiring;

import java.util.List;

/** Rules for an ECS task: the task definition fields and the optional execution role. */
final class EcsRules {

    private static final String EXEC = "ecs.executionRole.";

    private EcsRules() {}

    static void check(EcsTaskOptions options, SourceRole source, String partition, Violations violations) {
        EcsTaskOptions ecs =
                options == null ? new EcsTaskOptions(null, null, null, null, null, null, null, false) : options;
        NameRule.TASK_FAMILY.check("ecs.family", ecs.family(), violations);
        NameRule.CONTAINER.check("ecs.containerName", ecs.containerName(), violations);
        ImageReference.check("ecs.image", ecs.image(), violations);
        EcsSizes.check(ecs, violations);
        if (ecs.executionRole().enabled()) {
            checkExecutionRole(ecs.executionRole(), source, partition, violations);
        }
    }

    private static void checkExecutionRole(
            ExecutionRoleOptions role, SourceRole source, String partition, Violations violations) {
        NameRule.ROLE.check(EXEC + "roleName", role.roleName(), violations);
        if (clashesWithTaskRole(role, source)) {
            violations.add(EXEC + "roleName", "wiring.executionRole.sameAsTaskRole", role.roleName());
        }
        checkOptional(
                EXEC + "privateRegistrySecretArn",
                role.privateRegistrySecretArn(),
                ArnKind.SECRETS_MANAGER_SECRET,
                partition,
                violations);
        checkEach(EXEC + "secretArns", role.secretArns(), ArnKind.SECRETS_MANAGER_SECRET, partition, violations);
        checkEach(EXEC + "ssmParameterArns", role.ssmParameterArns(), ArnKind.SSM_PARAMETER, partition, violations);
        checkOptional(EXEC + "kmsKeyArn", role.kmsKeyArn(), ArnKind.KMS_KEY, partition, violations);
        checkEach(EXEC + "s3EnvFileArns", role.s3EnvFileArns(), ArnKind.S3_OBJECT, partition, violations);
        checkVpcId(EXEC + "ecrVpceId", role.ecrVpceId(), "vpce-", "wiring.vpceId.format", violations);
        checkVpcId(EXEC + "ecrVpcId", role.ecrVpcId(), "vpc-", "wiring.vpcId.format", violations);
    }

    /**
     * One role cannot be both when Rolewire creates either: the script would create it twice with
     * two different trust and permission sets.
     */
    private static boolean clashesWithTaskRole(ExecutionRoleOptions role, SourceRole source) {
        return source != null
                && role.roleName().equalsIgnoreCase(source.roleName())
                && (role.create() || source.create());
    }

    private static void checkOptional(String field, String arn, ArnKind kind, String partition, Violations violations) {
        if (!Violations.isBlank(arn)) {
            kind.check(field, arn, partition, violations);
        }
    }

    private static void checkEach(
            String field, List<String> arns, ArnKind kind, String partition, Violations violations) {
        arns.forEach(arn -> kind.check(field, arn, partition, violations));
    }

    private static void checkVpcId(String field, String id, String prefix, String code, Violations violations) {
        if (!Violations.isBlank(id) && !id.matches(prefix + "[0-9a-f]+")) {
            violations.add(field, code, id);
        }
    }
}
