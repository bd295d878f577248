package io.rolewire.web.wizard;

import io.rolewire.wiring.Workload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Step 1: what runs in the source account, and in which region. */
record WorkloadForm(
        @NotBlank(message = "{wizard.choice.required}")
        @Pattern(regexp = "|ECS_TASK|EC2_INSTANCE", message = "{wizard.choice.invalid}")
        String workload,

        @NotBlank(message = "{wizard.choice.required}") @Size(max = 32, message = "{wizard.tooLong}")
        String region) {

    Workload toParameters() {
        return Text.choice(Workload.class, workload);
    }
}
