package io.rolewire.security;

import java.time.Instant;
import java.util.Set;

/**
 * What is kept about a personal API token: never its secret.
 *
 * @param roles empty when the token acts with every role of its user
 * @param lastUsedAt {@code null} when never used; updated at most once a minute
 */
public record ApiToken(
        long id,
        String name,
        Set<Role> roles,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public enum Status {
        ACTIVE,
        EXPIRED,
        REVOKED
    }

    public ApiToken {
        roles = Set.copyOf(roles);
    }

    public Status status(Instant now) {
        if (revokedAt != null) {
            return Status.REVOKED;
        }
        return now.isBefore(expiresAt) ? Status.ACTIVE : Status.EXPIRED;
    }
}
