package io.rolewire.web.wizard;

import io.rolewire.wiring.EcsTaskOptions;
import io.rolewire.wiring.LaunchType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * ECS task details. Numbers stay strings so that whatever was typed survives a Back; which fields
 * are required depends on the workload, which is the wiring core's rule.
 *
 * @param cpu container CPU units on EC2 (typed)
 * @param memory container memory in MiB on EC2 (typed)
 * @param fargateSize the Fargate task size chosen as {@code "CPU/MEMORY"}, one of the documented pairs
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
        String ecsExec,

        @Pattern(regexp = "\\s*(\\d{1,6}/\\d{1,6})?\\s*", message = "{wizard.choice.invalid}")
        String fargateSize) {

    private static final String SIZE_SEPARATOR = "/";

    EcsForm {
        executionRole = executionRole == null ? ExecutionRoleForm.defaults() : executionRole;
        // drafts saved before the Fargate choice, and copies of runs, carry the pair as cpu and memory
        if ((fargateSize == null || fargateSize.isBlank()) && "FARGATE".equals(launchType)) {
            Integer c = Text.number(cpu);
            Integer m = Text.number(memory);
            fargateSize = c == null || m == null ? "" : c + SIZE_SEPARATOR + m;
        }
    }

    /** As typed before the Fargate size was a choice (and as a stored input gives it back). */
    EcsForm(
            String family,
            String containerName,
            String image,
            String cpu,
            String memory,
            String launchType,
            ExecutionRoleForm executionRole,
            String ecsExec) {
        this(family, containerName, image, cpu, memory, launchType, executionRole, ecsExec, null);
    }

    static EcsForm defaults() {
        return new EcsForm("", "", "", "", "", LaunchType.EC2.name(), ExecutionRoleForm.defaults(), "false", "");
    }

    boolean onFargate() {
        return LaunchType.FARGATE.name().equals(Text.trimmed(launchType));
    }

    boolean executionRoleOn() {
        return Text.on(executionRole.enabled());
    }

    /** On Fargate the task size comes from the chosen pair; on EC2 from the two typed numbers. */
    EcsTaskOptions toParameters() {
        return new EcsTaskOptions(
                Text.trimmed(family),
                Text.trimmed(containerName),
                Text.trimmed(image),
                onFargate() ? sizePart(0) : Text.number(cpu),
                onFargate() ? sizePart(1) : Text.number(memory),
                Text.choice(LaunchType.class, launchType),
                executionRole.toParameters(),
                Text.on(ecsExec));
    }

    private Integer sizePart(int index) {
        String size = Text.trimmed(fargateSize);
        if (size == null || !size.contains(SIZE_SEPARATOR)) {
            return null;
        }
        return Text.number(size.split(SIZE_SEPARATOR, -1)[index]);
    }
}
