package io.rolewire.web.wizard;

import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.LaunchType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * ECS task details. Numbers stay strings so that whatever was typed survives a Back; which fields
 * are required depends on the workload, which is the wiring core's rule.
 */
record EcsForm(
        @Size(max = 255, message = "{wizard.tooLong}") String family,
        @Size(max = 255, message = "{wizard.tooLong}") String containerName,
        @Size(max = 2048, message = "{wizard.tooLong}") String image,

        @Pattern(regexp = "\\s*\\d{0,6}\\s*", message = "{wizard.number}")
        String cpu,

        @Pattern(regexp = "\\s*\\d{0,6}\\s*", message = "{wizard.number}")
        String memory,

        @Pattern(regexp = "EC2|FARGATE", message = "{wizard.choice.invalid}")
        String launchType,

        @Valid ExecutionRoleForm executionRole,
        String ecsExec) {

    EcsForm {
        executionRole = executionRole == null ? ExecutionRoleForm.defaults() : executionRole;
    }

    static EcsForm defaults() {
        return new EcsForm("", "", "", "", "", LaunchType.EC2.name(), ExecutionRoleForm.defaults(), "false");
    }

    EcsTaskOptions toParameters() {
        return new EcsTaskOptions(
                Text.trimmed(family),
                Text.trimmed(containerName),
                Text.trimmed(image),
                Text.number(cpu),
                Text.number(memory),
                Text.choice(LaunchType.class, launchType),
                executionRole.toParameters(),
                Text.on(ecsExec));
    }
}
