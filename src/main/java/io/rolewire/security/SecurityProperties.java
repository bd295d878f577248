package io.rolewire.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code rolewire.security.users[i].username|password|roles}. Passwords carry their encoding id:
 * {@code {bcrypt}$2a$...} for real use, {@code {noop}secret} for local try-outs; a bare bcrypt hash
 * is accepted too.
 */
@ConfigurationProperties("rolewire.security")
public record SecurityProperties(List<User> users) {

    public SecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
    }

    public record User(String username, String password, List<Role> roles) {

        public User {
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
