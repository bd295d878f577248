package io.rolewire.web.wizard;

import io.rolewire.wiring.DestinationRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Step 3: the role to assume in the destination account.
 *
 * @param managedPolicyArns one ARN per line, attached when Rolewire creates the role
 */
record DestinationForm(
        @NotBlank(message = "{wizard.accountId.required}")
        @Pattern(regexp = "\\s*\\d*\\s*", message = "{wizard.digits}")
        @Size(max = 32, message = "{wizard.tooLong}")
        String accountId,

        @NotBlank(message = "{wizard.roleName.required}") @Size(max = 64, message = "{wizard.tooLong}")
        String roleName,

        @Pattern(regexp = "true|false", message = "{wizard.choice.invalid}")
        String create,

        @Size(max = 4000, message = "{wizard.tooLong}") String managedPolicyArns) {

    DestinationRole toParameters() {
        return new DestinationRole(
                Text.trimmed(accountId), Text.trimmed(roleName), Text.on(create), Text.lines(managedPolicyArns));
    }
}
