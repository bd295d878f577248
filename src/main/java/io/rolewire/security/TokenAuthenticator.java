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
 * Turns a bearer secret into its user: one SHA-256, then the token kept in memory under a lease or
 * one indexed lookup ({@link VerifiedTokenCache}), no password hash. The token acts with the roles
 * its user has now, narrowed to the token's own roles when it has some, so a role taken from a
 * user is taken from their tokens too.
 */
@Component
class TokenAuthenticator {

    /**
     * Last use is for people reading the tokens page: minute precision spares a write per request.
     * The stored time is never more than this behind a token's real last use, on any instance.
     */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final ApiTokenStore store;
    private final VerifiedTokenCache verified;
    private final UserDetailsService users;
    private final Clock clock;

    @Autowired
    TokenAuthenticator(
            ApiTokenStore store, VerifiedTokenCache verified, UserDetailsService users, ObjectProvider<Clock> clock) {
        this(store, verified, users, clock.getIfAvailable(Clock::systemUTC));
    }

    TokenAuthenticator(ApiTokenStore store, VerifiedTokenCache verified, UserDetailsService users, Clock clock) {
        this.store = store;
        this.verified = verified;
        this.users = users;
        this.clock = clock;
    }

    /** Empty for an unknown, expired or revoked token, or one whose user is gone. */
    Optional<Authentication> authenticate(String secret) {
        if (!secret.startsWith(TokenSecrets.PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        String hash = TokenSecrets.sha256(secret);
        Optional<ApiTokenStore.Owned> found =
                verified.find(hash).filter(owned -> owned.token().status(now) == ApiToken.Status.ACTIVE);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Optional<UserDetails> user = user(found.get().username());
        user.ifPresent(u -> touch(hash, found.get(), now));
        return user.map(u -> authentication(u, found.get().token()));
    }

    private Optional<UserDetails> user(String username) {
        try {
            return Optional.of(users.loadUserByUsername(username)).filter(UserDetails::isEnabled);
        } catch (UsernameNotFoundException gone) {
            return Optional.empty();
        }
    }

    /**
     * Writes the last use when what this instance knows of it is older than the precision. When
     * another instance wrote a recent one first, that time is read back and kept, so this one waits
     * a minute from it, not from now (which could leave the stored time up to two minutes behind).
     */
    private void touch(String hash, ApiTokenStore.Owned owned, Instant now) {
        Instant threshold = now.minus(LAST_USED_PRECISION);
        ApiToken token = owned.token();
        if (token.lastUsedAt() != null && !token.lastUsedAt().isBefore(threshold)) {
            return;
        }
        Optional<Instant> stored =
                store.touch(token.id(), now, threshold) ? Optional.of(now) : store.lastUsedAt(token.id());
        stored.ifPresent(at -> verified.replace(hash, owned, owned.lastUsedAt(at)));
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
