package io.rolewire.wiring;

import java.util.List;

/** Test-data builder for the execution role: enabled, default name, created, every option off. */
final class ExecutionRoleInputs {

    private String roleName = ExecutionRoleOptions.DEFAULT_ROLE_NAME;
    private boolean create = true;
    private String privateRegistrySecretArn;
    private List<String> secretArns = List.of();
    private List<String> ssmParameterArns = List.of();
    private String kmsKeyArn;
    private List<String> s3EnvFileArns = List.of();
    private String ecrVpceId;
    private String ecrVpcId;

    ExecutionRoleInputs roleName(String roleName) {
        this.roleName = roleName;
        return this;
    }

    ExecutionRoleInputs existing() {
        this.create = false;
        return this;
    }

    ExecutionRoleInputs privateRegistry(String secretArn) {
        this.privateRegistrySecretArn = secretArn;
        return this;
    }

    ExecutionRoleInputs secrets(String... arns) {
        this.secretArns = List.of(arns);
        return this;
    }

    ExecutionRoleInputs ssmParameters(String... arns) {
        this.ssmParameterArns = List.of(arns);
        return this;
    }

    ExecutionRoleInputs kmsKey(String arn) {
        this.kmsKeyArn = arn;
        return this;
    }

    ExecutionRoleInputs s3EnvFiles(String... arns) {
        this.s3EnvFileArns = List.of(arns);
        return this;
    }

    ExecutionRoleInputs ecrEndpoint(String vpceId, String vpcId) {
        this.ecrVpceId = vpceId;
        this.ecrVpcId = vpcId;
        return this;
    }

    ExecutionRoleOptions build() {
        return new ExecutionRoleOptions(
                true,
                roleName,
                create,
                privateRegistrySecretArn,
                secretArns,
                ssmParameterArns,
                kmsKeyArn,
                s3EnvFileArns,
                ecrVpceId,
                ecrVpcId);
    }

    private ExecutionRoleInputs() {}

    static ExecutionRoleInputs created() {
        return new ExecutionRoleInputs();
    }
}
