package io.rolewire.web.wizard;

import io.rolewire.wiring.SourceRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Step 2: the role the workload runs as. Only syntax is checked here; AWS's rules (12-digit
 * account ids, role name characters) are the wiring core's and come back as violations.
 *
 * @param create {@code "true"} to create the role, {@code "false"} to use an existing one
 */
record SourceForm(
        @NotBlank(message = "{wizard.accountId.required}")
        @Pattern(regexp = "\\s*\\d*\\s*", message = "{wizard.digits}")
        @Size(max = 32, message = "{wizard.tooLong}")
        String accountId,

        @NotBlank(message = "{wizard.roleName.required}") @Size(max = 64, message = "{wizard.tooLong}")
        String roleName,

        @Pattern(regexp = "true|false", message = "{wizard.choice.invalid}")
        String create) {

    SourceRole toParameters() {
        return new SourceRole(Text.trimmed(accountId), Text.trimmed(roleName), Text.on(create));
    }
}
