package io.rolewire.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code Authorization: Bearer <token>} on the API. A token that is not valid ends the request
 * with 401 at once rather than falling back to anonymous: the client meant to authenticate. Where
 * no token store exists (web slice tests), every bearer token is refused.
 */
final class BearerTokenFilter extends OncePerRequestFilter {

    private static final String SCHEME = "Bearer ";

    // looked up once: a bean lookup per request cost as much as checking the token itself
    private final SingletonSupplier<TokenAuthenticator> tokens;
    private final AuthenticationEntryPoint refusal;

    BearerTokenFilter(ObjectProvider<TokenAuthenticator> tokens, AuthenticationEntryPoint refusal) {
        this.tokens = SingletonSupplier.ofNullable(tokens::getIfAvailable);
        this.refusal = refusal;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            chain.doFilter(request, response);
            return;
        }
        String secret = header.substring(SCHEME.length()).trim();
        TokenAuthenticator authenticator = tokens.get();
        Optional<Authentication> user = authenticator == null ? Optional.empty() : authenticator.authenticate(secret);
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            refusal.commence(request, response, new InvalidApiTokenException());
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(user.get());
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }

    /** Unknown, expired or revoked: deliberately not told apart. */
    static final class InvalidApiTokenException extends AuthenticationException {
        InvalidApiTokenException() {
            super("invalid API token");
        }
    }
}
