package io.rolewire.web.wizard;

import io.rolewire.wiring.ExecutionRoleOptions;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The ECS task execution role (seed 001), part of the details step. Lists are one per line. */
record ExecutionRoleForm(
        String enabled,
        @Size(max = 64, message = "{wizard.tooLong}") String roleName,

        @Pattern(regexp = "true|false", message = "{wizard.choice.invalid}")
        String create,

        @Size(max = 2048, message = "{wizard.tooLong}") String privateRegistrySecretArn,
        @Size(max = 20000, message = "{wizard.tooLong}") String secretArns,
        @Size(max = 20000, message = "{wizard.tooLong}") String ssmParameterArns,
        @Size(max = 2048, message = "{wizard.tooLong}") String kmsKeyArn,
        @Size(max = 20000, message = "{wizard.tooLong}") String s3EnvFileArns,
        @Size(max = 64, message = "{wizard.tooLong}") String ecrVpceId,
        @Size(max = 64, message = "{wizard.tooLong}") String ecrVpcId) {

    static ExecutionRoleForm defaults() {
        return new ExecutionRoleForm(
                "false", ExecutionRoleOptions.DEFAULT_ROLE_NAME, "false", "", "", "", "", "", "", "");
    }

    ExecutionRoleOptions toParameters() {
        return new ExecutionRoleOptions(
                Text.on(enabled),
                Text.trimmed(roleName),
                Text.on(create),
                Text.trimmed(privateRegistrySecretArn),
                Text.lines(secretArns),
                Text.lines(ssmParameterArns),
                Text.trimmed(kmsKeyArn),
                Text.lines(s3EnvFileArns),
                Text.trimmed(ecrVpceId),
                Text.trimmed(ecrVpcId));
    }
}
