package io.rolewire.security;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Personal API tokens of a signed-in user: sent as {@code Authorization: Bearer <token>} to
 * {@code /api/**}, acting with the user's roles or a subset of them. Every method acts only on the
 * named user's own tokens.
 */
public interface ApiTokens {

    /**
     * Issues a token; its secret is in the answer and nowhere else (only its SHA-256 is stored).
     *
     * @param roles empty for every role of the user, else a subset of {@link #grantableRoles}
     * @throws IllegalArgumentException when a role is not the user's, or the user is not a local one
     */
    IssuedToken create(String username, String name, TokenValidity validity, Set<Role> roles);

    /** Newest first, revoked and expired ones included. */
    List<ApiToken> list(String username);

    /** Revokes the user's own token; empty when there is no such token of theirs. */
    Optional<ApiToken> revoke(String username, long id);

    /**
     * The roles the user holds now, the most a token can carry; empty for a user who signed in
     * through single sign-on (tokens are for local users only).
     */
    Set<Role> grantableRoles(String username);

    /** The secret, shown once, and what is stored about it. */
    record IssuedToken(String secret, ApiToken token) {}
}
