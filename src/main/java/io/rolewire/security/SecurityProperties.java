package io.rolewire.security;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rolewire.security.users[i].username|password|roles}. Passwords carry their encoding id:
 * {@code {bcrypt}$2a$...} for real use, {@code {noop}secret} for local try-outs (hashed with bcrypt
 * at start-up); a bare bcrypt hash is accepted too.
 *
 * @param loginThrottle failed sign-ins allowed per user and per client address within one period
 * @param basicCacheTtl how long a verified HTTP Basic credential skips the password hash
 */
@ConfigurationProperties("rolewire.security")
public record SecurityProperties(List<User> users, Throttle loginThrottle, Duration basicCacheTtl) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        loginThrottle = loginThrottle == null ? new Throttle(null, null, null) : loginThrottle;
        basicCacheTtl = basicCacheTtl == null ? Duration.ofMinutes(5) : basicCacheTtl;
    }

    public record User(String username, String password, List<Role> roles) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }

    /**
     * Failures only count: a successful sign-in never uses the budget, and resets its user's.
     *
     * @param perUser failures allowed per username within one period
     * @param perAddress failures allowed per client address within one period
     * @param period the window after which the budgets are full again
     */
    public record Throttle(Integer perUser, Integer perAddress, Duration period) {

        public Throttle {
            perUser = perUser == null ? 5 : perUser;
            perAddress = perAddress == null ? 20 : perAddress;
            period = period == null ? Duration.ofMinutes(1) : period;
        }
    }
}
