package io.rolewire.wiring;

import java.util.List;

/**
 * The ECS task execution role (seed 001) and its optional inline permissions. Empty lists and null
 * strings mean the option is off.
 *
 * @param privateRegistrySecretArn Secrets Manager secret holding private registry credentials
 * @param secretArns Secrets Manager secrets referenced by the task definition
 * @param ssmParameterArns SSM Parameter Store parameters referenced by the task definition
 * @param kmsKeyArn customer managed key that encrypts the secrets or parameters, if any
 * @param s3EnvFileArns S3 object ARNs of environment files (arn:aws:s3:::bucket/key)
 * @param ecrVpceId interface endpoint that ECR pulls must come through (aws:sourceVpce)
 * @param ecrVpcId VPC that ECR pulls must come from (aws:sourceVpc)
 */
public record ExecutionRoleOptions(
        boolean enabled,
        String roleName,
        boolean create,
        String privateRegistrySecretArn,
        List<String> secretArns,
        List<String> ssmParameterArns,
        String kmsKeyArn,
        List<String> s3EnvFileArns,
        String ecrVpceId,
        String ecrVpcId) {

    public static final String DEFAULT_ROLE_NAME = "ecsTaskExecutionRole";

    public ExecutionRoleOptions {
        roleName = roleName == null || roleName.isBlank() ? DEFAULT_ROLE_NAME : roleName;
        secretArns = InputLists.cleaned(secretArns);
        ssmParameterArns = InputLists.cleaned(ssmParameterArns);
        s3EnvFileArns = InputLists.cleaned(s3EnvFileArns);
    }

    public static ExecutionRoleOptions disabled() {
        return new ExecutionRoleOptions(false, DEFAULT_ROLE_NAME, false, null, null, null, null, null, null, null);
    }
}
