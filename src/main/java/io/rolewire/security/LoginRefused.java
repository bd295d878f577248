package io.rolewire.security;

import java.time.Instant;

/**
 * Published (as a Spring application event) when a sign-in or an HTTP Basic request was refused.
 * The audit module records it. The username is what the client sent: it may name nobody, or be
 * {@code null} when a single sign-on failed before anyone was known.
 *
 * @param clientAddress the remote address as the servlet container saw it, or {@code null}
 */
public record LoginRefused(String username, String clientAddress, Reason reason, Instant at) {

    public enum Reason {
        /** Unknown user or wrong password (deliberately not told apart). */
        BAD_CREDENTIALS,
        /** Too many failures for this user or this address: the password was not even checked. */
        THROTTLED,
        /** Single sign-on: the provider vouched for the person, but no group of theirs maps to a role. */
        NO_MAPPED_ROLE,
        /** Single sign-on: the provider's username is a local user's (compared ignoring case). */
        NAME_TAKEN,
        /** Single sign-on: the ID token was not valid (another issuer or key, wrong audience, expired). */
        INVALID_ID_TOKEN,
        /** Single sign-on failed otherwise (cancelled at the provider, state mismatch, provider error). */
        SSO_FAILED
    }
}
