package io.rolewire.web.tokens;

import io.rolewire.security.Role;
import io.rolewire.security.TokenValidity;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The "create a token" form: a name, a lifetime, and optionally fewer roles than the user's. */
record TokenForm(
        @NotBlank(message = "{tokens.error.name.required}") @Size(max = 100, message = "{tokens.error.name.size}")
        String name,

        @NotBlank(message = "{tokens.error.validity.required}")
        @Pattern(regexp = "|DAYS_7|DAYS_30|DAYS_90", message = "{tokens.error.validity.required}")
        String validity,

        List<String> roles) {

    static TokenForm empty() {
        return new TokenForm("", TokenValidity.DAYS_30.name(), List.of());
    }

    TokenValidity toValidity() {
        return TokenValidity.valueOf(validity);
    }

    /** The ticked roles, or empty when one is not among those the user may grant. */
    Optional<Set<Role>> toRoles(Set<Role> grantable) {
        Set<Role> chosen = EnumSet.noneOf(Role.class);
        for (String name : roles == null ? List.<String>of() : roles) {
            Optional<Role> role =
                    grantable.stream().filter(r -> r.name().equals(name)).findFirst();
            if (role.isEmpty()) {
                return Optional.empty();
            }
            chosen.add(role.get());
        }
        return Optional.of(chosen);
    }
}
