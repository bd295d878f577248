package io.rolewire.security;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Tokens of the local users, kept in the database as SHA-256 digests. */
@Service
class LocalApiTokens implements ApiTokens {

    private final ApiTokenStore store;
    private final VerifiedTokenCache verified;
    private final UserDetailsService users;
    private final Clock clock;

    LocalApiTokens(
            ApiTokenStore store, VerifiedTokenCache verified, UserDetailsService users, ObjectProvider<Clock> clock) {
        this.store = store;
        this.verified = verified;
        this.users = users;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @Override
    public IssuedToken create(String username, String name, TokenValidity validity, Set<Role> roles) {
        Set<Role> grantable = grantableRoles(username);
        if (grantable.isEmpty()) {
            throw new IllegalArgumentException("API tokens are for local users only");
        }
        if (!grantable.containsAll(roles)) {
            throw new IllegalArgumentException("a token cannot carry a role its user does not have");
        }
        String secret = TokenSecrets.newSecret();
        // what the database keeps (microseconds), so the answer equals what is listed later
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Instant expires = now.plus(validity.duration());
        long id = store.insert(username, name, TokenSecrets.sha256(secret), roles, now, expires);
        return new IssuedToken(secret, new ApiToken(id, name, roles, now, expires, null, null));
    }

    @Override
    public List<ApiToken> list(String username) {
        return store.ofUser(username);
    }

    /**
     * Answers once no instance accepts the token any more: one token-cache lease after the
     * revocation. A second revocation within that lease (a double click) waits too.
     */
    @Override
    public Optional<ApiToken> revoke(String username, long id) {
        // idempotent: revoking a revoked token keeps its first revocation time
        boolean revokedNow = store.revoke(username, id, clock.instant());
        Optional<ApiToken> token = store.ofUser(username, id);
        if (revokedNow || token.filter(this::revokedWithinLease).isPresent()) {
            verified.awaitOtherInstances();
        }
        return token;
    }

    private boolean revokedWithinLease(ApiToken token) {
        return token.revokedAt() != null
                && token.revokedAt().isAfter(clock.instant().minus(verified.lease()));
    }

    @Override
    public Set<Role> grantableRoles(String username) {
        try {
            return roles(users.loadUserByUsername(username).getAuthorities().stream()
                    .map(GrantedAuthority::getAuthority)
                    .collect(Collectors.toSet()));
        } catch (UsernameNotFoundException notLocal) {
            // signed in through single sign-on: roles live at the provider, a token could outlive them
            return EnumSet.noneOf(Role.class);
        }
    }

    static Set<Role> roles(Set<String> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (authorities.contains(role.authority())) {
                roles.add(role);
            }
        }
        return roles;
    }
}
