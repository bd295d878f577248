package io.rolewire.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

/**
 * Users come from properties. With none configured (the embedded default), one user per role is
 * generated with a random password that is printed once in the startup log and never stored.
 */
@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

    private static final Logger log = LoggerFactory.getLogger(UsersConfiguration.class);
    private static final String NOOP = "{noop}";
    private static final Pattern BARE_BCRYPT = Pattern.compile("^\\$2[aby]?\\$\\d{2}\\$.{53}$");

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    InMemoryUserDetailsManager userDetailsService(SecurityProperties properties, PasswordEncoder encoder) {
        if (!properties.localUsers().enabled()) {
            log.info("rolewire.security.local-users.enabled=false: no local user can sign in");
            return new InMemoryUserDetailsManager();
        }
        List<UserDetails> users = properties.users().isEmpty()
                ? generatedUsers(encoder)
                : properties.users().stream()
                        .map(user -> configured(user, encoder))
                        .toList();
        return new InMemoryUserDetailsManager(users);
    }

    @Bean
    SignInOptions signInOptions(SecurityProperties properties, Environment environment) {
        return SignInOptions.of(properties, environment);
    }

    private static UserDetails configured(SecurityProperties.User user, PasswordEncoder encoder) {
        if (user.username() == null || user.username().isBlank() || user.roles().isEmpty()) {
            throw new IllegalStateException(
                    "rolewire.security.users: each user needs a username and at least one role");
        }
        return User.withUsername(user.username())
                .password(encodedForm(user.username(), user.password(), encoder))
                .authorities(user.roles().stream().map(Role::authority).toArray(String[]::new))
                .build();
    }

    /**
     * A {@code {noop}} password is hashed with bcrypt here, once: every check then costs one bcrypt,
     * the same as the dummy check made for an unknown user, so timing tells nobody which usernames
     * exist (Z6), and no first login rewrites it later.
     */
    private static String encodedForm(String username, String password, PasswordEncoder encoder) {
        if (password != null && password.startsWith(NOOP)) {
            return encoder.encode(password.substring(NOOP.length()));
        }
        if (password != null && password.startsWith("{")) {
            return password;
        }
        if (password != null && BARE_BCRYPT.matcher(password).matches()) {
            return "{bcrypt}" + password;
        }
        throw new IllegalStateException("rolewire.security.users: the password of '" + username
                + "' must be '{bcrypt}<hash>' (or '{noop}<password>' for a local try-out)");
    }

    private static List<UserDetails> generatedUsers(PasswordEncoder encoder) {
        List<UserDetails> users = new ArrayList<>();
        for (Role role : Role.values()) {
            String username = role.name().toLowerCase();
            String password = randomPassword();
            users.add(User.withUsername(username)
                    .password(encoder.encode(password))
                    .authorities(role.authority())
                    .build());
            log.warn(SignInOptions.GENERATED_LOG_LINE + " '{}' (role {}) with password '{}'", username, role, password);
        }
        return users;
    }

    private static String randomPassword() {
        byte[] bytes = new byte[15];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
