package io.rolewire.web.wizard;

import io.rolewire.wiring.DestinationRole;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/**
 * Step 3: the role to assume in the destination account.
 *
 * @param managedPolicyArns one ARN per line, attached when Rolewire creates the role
 * @param accessUntil optional end of access as a {@code datetime-local} input sends it, read as UTC
 *     (ADR 019); empty for access without an end
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

        @Size(max = 4000, message = "{wizard.tooLong}") String managedPolicyArns,

        @UtcDateTime(message = "{wizard.accessUntil.format}")
        String accessUntil) {

    DestinationRole toParameters() {
        return new DestinationRole(
                Text.trimmed(accountId), Text.trimmed(roleName), Text.on(create), Text.lines(managedPolicyArns));
    }

    /** Null when empty (no end) or not a time, which the syntax check has refused already. */
    Instant accessUntilInstant() {
        return Text.utcInstant(accessUntil);
    }
}
