package io.rolewire.security;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.NoOpPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The application's delegating encoder (bcrypt and noop), counting how often each one matches. */
final class CountingEncoders {

    final AtomicInteger bcryptMatches = new AtomicInteger();
    final AtomicInteger noopMatches = new AtomicInteger();
    final PasswordEncoder encoder;

    @SuppressWarnings("deprecation")
    CountingEncoders() {
        PasswordEncoder bcrypt = counting(new BCryptPasswordEncoder(4), bcryptMatches);
        PasswordEncoder noop = counting(NoOpPasswordEncoder.getInstance(), noopMatches);
        this.encoder = new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", bcrypt, "noop", noop));
    }

    private static PasswordEncoder counting(PasswordEncoder real, AtomicInteger matches) {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence raw) {
                return real.encode(raw);
            }

            @Override
            public boolean matches(CharSequence raw, String encoded) {
                matches.incrementAndGet();
                return real.matches(raw, encoded);
            }
        };
    }
}
