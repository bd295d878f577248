package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

class VerifiedCredentialCacheTest {

    final CountingEncoders encoders = new CountingEncoders();
    final UserDetailsService users = new UsersConfiguration()
            .userDetailsService(
                    new SecurityProperties(
                            List.of(
                                    new SecurityProperties.User("bot", "{noop}bot-pw", List.of(Role.OPERATOR)),
                                    new SecurityProperties.User("sam", "{noop}sam-pw", List.of(Role.REVIEWER))),
                            null,
                            null),
                    encoders.encoder);
    final VerifiedCredentialCache cache = new VerifiedCredentialCache(
            LoginConfiguration.passwordCheck(users, encoders.encoder), Duration.ofMinutes(5));
    // as in the API chain: the manager erases credentials of what it returns
    final ProviderManager api = new ProviderManager(cache);

    @Test
    void aVerifiedCredentialIsCheckedOnceWithinTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertThat(basic("bot", "bot-pw").getName()).isEqualTo("bot");
        }

        assertThat(encoders.bcryptMatches).hasValue(1);
    }

    @Test
    void aWrongPasswordAlwaysReachesBcryptAndIsNeverCached() {
        basic("bot", "bot-pw");
        for (int i = 0; i < 3; i++) {
            assertThatThrownBy(() -> basic("bot", "bot-pw-typo")).isInstanceOf(BadCredentialsException.class);
        }

        assertThat(encoders.bcryptMatches).hasValue(4);
        assertThat(cache.size()).isEqualTo(1);
    }

    @Test
    void theCacheNeverHoldsThePassword() {
        Authentication cached = basic("bot", "bot-pw");

        assertThat(cached.getCredentials()).isNull();
        assertThat(((UserDetails) cached.getPrincipal()).getPassword()).isNull();
    }

    @Test
    void aPasswordChangeEvictsOnlyThatUsersVerifications() {
        basic("bot", "bot-pw");
        basic("sam", "sam-pw");

        cache.on(new CredentialsChanged("bot"));
        basic("bot", "bot-pw");
        basic("sam", "sam-pw");

        assertThat(encoders.bcryptMatches)
                .as("bot checked again, sam still cached")
                .hasValue(3);
    }

    @Test
    void entriesExpireAfterTheConfiguredTime() {
        VerifiedCredentialCache noWindow =
                new VerifiedCredentialCache(LoginConfiguration.passwordCheck(users, encoders.encoder), Duration.ZERO);

        noWindow.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("bot", "bot-pw"));
        noWindow.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("bot", "bot-pw"));

        assertThat(encoders.bcryptMatches).hasValue(2);
    }

    private Authentication basic(String username, String password) {
        return api.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password));
    }
}
