package io.rolewire.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/**
 * Turns a bearer secret into its user: one indexed lookup by SHA-256, no password hash. The token
 * acts with the roles its user has now, narrowed to the token's own roles when it has some, so a
 * role taken from a user is taken from their tokens too.
 */
@Component
class TokenAuthenticator {

    /** Last use is for people reading the tokens page: minute precision spares a write per request. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenStore store;
    private final UserDetailsService users;
    private final Clock clock;

    @Autowired
    TokenAuthenticator(ApiTokenStore store, UserDetailsService users, ObjectProvider<Clock> clock) {
        this(store, users, clock.getIfAvailable(Clock::systemUTC));
    }

    TokenAuthenticator(ApiTokenStore store, UserDetailsService users, Clock clock) {
        this.store = store;
        this.users = users;
        this.clock = clock;
    }

    /** Empty for an unknown, expired or revoked token, or one whose user is gone. */
    Optional<Authentication> authenticate(String secret) {
        if (!secret.startsWith(TokenSecrets.PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiTokenStore.Owned> found = store.byHash(TokenSecrets.sha256(secret))
                .filter(owned -> owned.token().status(now) == ApiToken.Status.ACTIVE);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<UserDetails> user = user(found.get().username());
        user.ifPresent(u -> touch(found.get().token(), now));
        return user.map(u -> authentication(u, found.get().token()));
    }

    private Optional<UserDetails> user(String username) {
        try {
            return Optional.of(users.loadUserByUsername(username)).filter(UserDetails::isEnabled);
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
    }

    private void touch(ApiToken token, Instant now) {
        Instant threshold = now.minus(LAST_USED_PRECISION);
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(threshold)) {
            store.touch(token.id(), now, threshold);
        }
    }

    private static Authentication authentication(UserDetails user, ApiToken token) {
        Set<Role> held = LocalApiTokens.roles(user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet()));
        if (!token.roles().isEmpty()) {
            held.retainAll(token.roles());
        }
        List<GrantedAuthority> authorities = held.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(user.getUsername(), null, authorities);
    }
}
