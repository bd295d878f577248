package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Z6: an unknown user and a known one with a wrong password must cost the same, one bcrypt match,
 * whatever form the password was configured in. Counted, not timed.
 */
class PasswordTimingTest {

    final CountingEncoders encoders = new CountingEncoders();
    final UserDetailsService users = new UsersConfiguration()
            .userDetailsService(
                    new SecurityProperties(
                            List.of(
                                    new SecurityProperties.User("sam", "{noop}sams-secret", List.of(Role.REVIEWER)),
                                    new SecurityProperties.User(
                                            "alice", encoders.encoder.encode("alices-secret"), List.of(Role.ADMIN))),
                            null,
                            null),
                    encoders.encoder);
    final AuthenticationProvider check = LoginConfiguration.passwordCheck(users, encoders.encoder);

    @Test
    void aNoopPasswordIsStoredAsBcryptFromStartUp() {
        assertThat(users.loadUserByUsername("sam").getPassword())
                .startsWith("{bcrypt}$2")
                .doesNotContain("sams-secret");
    }

    @Test
    void aWrongPasswordOfANoopUserCostsOneBcryptLikeAnUnknownUser() {
        refused("sam", "wrong");
        int noopUserWrong = encoders.bcryptMatches.getAndSet(0);
        refused("nobody", "wrong");
        int unknownUser = encoders.bcryptMatches.getAndSet(0);
        refused("alice", "wrong");
        int bcryptUserWrong = encoders.bcryptMatches.get();

        assertThat(List.of(noopUserWrong, unknownUser, bcryptUserWrong)).containsOnly(1);
        assertThat(encoders.noopMatches).hasValue(0);
    }

    @Test
    void theRightPasswordWorksAndTheStoredFormIsNeverRewritten() {
        String stored = users.loadUserByUsername("sam").getPassword();

        var signedIn = check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("sam", "sams-secret"));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(users.loadUserByUsername("sam").getPassword()).isEqualTo(stored);
    }

    private void refused(String username, String password) {
        assertThatThrownBy(() ->
                        check.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, password)))
                .isInstanceOf(BadCredentialsException.class);
    }
}
