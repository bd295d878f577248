package io.rolewire.security;

import java.time.Instant;

/**
 * Published (as a Spring application event) when a password was checked and accepted: a browser
 * sign-in, or an HTTP Basic request whose credentials were not verified within the cache window.
 * The audit module records it.
 *
 * @param clientAddress the remote address as the servlet container saw it, or {@code null}
 */
public record LoginSucceeded(String username, String clientAddress, Instant at) {}
