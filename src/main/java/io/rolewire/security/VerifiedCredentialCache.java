package io.rolewire.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Bcrypt costs ~50-100 ms per check, and HTTP Basic clients send the password on every call (Z4).
 * This remembers a successful check for a short while, keyed by an HMAC of username and password
 * under a key drawn at start-up and never written anywhere: the password is never kept, and a
 * heap dump gives no offline guessing target without the key. Failed attempts are never cached: a
 * wrong password always reaches the delegate (and its throttle). A hit skips the throttle on
 * purpose: it carries exactly a credential verified minutes ago, so it is no guess, and a client
 * that knows its password keeps working while someone else hammers its user name.
 */
final class VerifiedCredentialCache implements AuthenticationProvider {

    private final AuthenticationProvider delegate;
    private final Cache<String, Authentication> verified;
    private final SecretKeySpec key;

    VerifiedCredentialCache(AuthenticationProvider delegate, Duration ttl) {
        this.delegate = delegate;
        this.verified =
                Caffeine.newBuilder().expireAfterWrite(ttl).maximumSize(10_000).build();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String digest = digest(authentication.getName(), String.valueOf(authentication.getCredentials()));
        Authentication cached = verified.getIfPresent(digest);
        if (cached != null) {
            return cached;
        }
        Authentication result = delegate.authenticate(authentication);
        if (result != null && result.isAuthenticated()) {
            verified.put(digest, result);
        }
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** Forgets every verification of this user, whatever password it was made with. */
    void evict(String username) {
        verified.asMap().values().removeIf(a -> a.getName().equalsIgnoreCase(username));
    }

    @EventListener
    void on(CredentialsChanged changed) {
        evict(changed.username());
    }

    long size() {
        verified.cleanUp();
        return verified.estimatedSize();
    }

    private String digest(String username, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(username.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return HexFormat.of().formatHex(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
