package io.rolewire.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Bcrypt costs ~50-100 ms per check, and HTTP Basic clients send the password on every call. This
 * remembers a successful check for a short while, keyed by a SHA-256 digest of username and
 * password (the password itself is never kept), so automation pays the hash once per window.
 * Failed attempts are never cached: a wrong password always reaches bcrypt.
 */
final class VerifiedCredentialCache implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final Cache<String, Authentication> verified;

    VerifiedCredentialCache(AuthenticationProvider delegate, Duration ttl) {
        this.delegate = delegate;
        this.verified =
                Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String key = digest(authentication.getName(), String.valueOf(authentication.getCredentials()));
        Authentication cached = verified.getIfPresent(key);
        if (cached != null) {
            return cached;
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            verified.put(key, result);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String digest(String username, String password) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(username.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            return HexFormat.of().formatHex(sha256.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
