package io.rolewire.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;

/**
 * {@code rolewire.security.users[i].username|password|roles}. Passwords carry their encoding id:
 * {@code {bcrypt}$2a$...} for real use, {@code {noop}secret} for local try-outs (hashed with bcrypt
 * at start-up); a bare bcrypt hash is accepted too.
 *
 * @param loginThrottle failed sign-ins allowed per user and per client address within one period
 * @param basicCacheTtl how long a verified HTTP Basic credential skips the password hash
 * @param localUsers whether the users above (or the generated ones) may sign in at all
 * @param oidc single sign-on through an OpenID Connect provider
 */
@ConfigurationProperties("rolewire.security")
public record SecurityProperties(
        List<User> users, Throttle loginThrottle, Duration basicCacheTtl, LocalUsers localUsers, Oidc oidc) {

    @ConstructorBinding
    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        loginThrottle = loginThrottle == null ? new Throttle(null, null, null) : loginThrottle;
        basicCacheTtl = basicCacheTtl == null ? Duration.ofMinutes(5) : basicCacheTtl;
        localUsers = localUsers == null ? new LocalUsers(null) : localUsers;
        oidc = oidc == null ? Oidc.DISABLED : oidc;
        if (!localUsers.enabled() && !oidc.enabled()) {
            throw new IllegalStateException("rolewire.security: with local-users.enabled=false, turn on"
                    + " rolewire.security.oidc.enabled, or nobody can sign in");
        }
    }

    /** Local users only, no single sign-on. */
    public SecurityProperties(List<User> users, Throttle loginThrottle, Duration basicCacheTtl) {
        this(users, loginThrottle, basicCacheTtl, null, null);
    }

    /** @param enabled {@code false} removes the sign-in form and HTTP Basic: people sign in only through OIDC */
    public record LocalUsers(Boolean enabled) {

        public LocalUsers {
            enabled = enabled == null || enabled;
        }
    }

    /**
     * {@code rolewire.security.oidc.*}: an OpenID Connect provider (Okta, Entra ID, Keycloak, ...)
     * signs people in; the groups it puts in a claim decide their roles.
     *
     * @param providerName shown on the sign-in button ("Sign in with ...")
     * @param issuerUri the provider's issuer; its discovery document is read at start-up
     * @param scopes asked for at sign-in; some providers need an extra one for the groups claim
     * @param usernameClaim becomes the Rolewire username; {@code sub} when the token lacks it
     * @param groupsClaim a claim holding a list of group names (or ids)
     * @param roleMapping group → roles; a person whose groups map to no role is refused
     */
    public record Oidc(
            boolean enabled,
            String providerName,
            String issuerUri,
            String clientId,
            String clientSecret,
            Set<String> scopes,
            String usernameClaim,
            String groupsClaim,
            Map<String, Set<Role>> roleMapping) {

        static final Oidc DISABLED = new Oidc(false, null, null, null, null, null, null, null, null);

        public Oidc {
            providerName = blank(providerName) ? "single sign-on" : providerName;
            scopes = scopes == null || scopes.isEmpty() ? Set.of("openid", "profile", "email") : Set.copyOf(scopes);
            usernameClaim = blank(usernameClaim) ? "preferred_username" : usernameClaim;
            groupsClaim = blank(groupsClaim) ? "groups" : groupsClaim;
            roleMapping = roleMapping == null ? Map.of() : Map.copyOf(roleMapping);
            if (enabled && (blank(issuerUri) || blank(clientId) || roleMapping.isEmpty())) {
                throw new IllegalStateException("rolewire.security.oidc: issuer-uri, client-id and at least one"
                        + " role-mapping.<group>=ADMIN|REVIEWER|OPERATOR are required when enabled");
            }
        }

        @Override
        public String toString() {
            // the client secret stays out of logs and failure analyses
            return "Oidc[enabled=" + enabled + ", issuerUri=" + issuerUri + ", clientId=" + clientId + "]";
        }

        private static boolean blank(String value) {
            return value == null || value.isBlank();
        }
    }

    public record User(String username, String password, List<Role> roles) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /**
     * Failures only count: a successful sign-in never uses the budget, and resets its user's.
     *
     * @param perUser failures allowed per username within one period
     * @param perAddress failures allowed per client address within one period
     * @param period the window after which the budgets are full again
     */
    public record Throttle(Integer perUser, Integer perAddress, Duration period) {

        public Throttle {
            perUser = perUser == null ? 5 : perUser;
            perAddress = perAddress == null ? 20 : perAddress;
            period = period == null ? Duration.ofMinutes(1) : period;
        }
    }
}
