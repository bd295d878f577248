package io.rolewire.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

class ThrottledLoginTest {

    static final Instant NOW = Instant.parse("2026-12-03T10:00:00Z");

    final CountingEncoders encoders = new CountingEncoders();
    final UserDetailsService users = new UsersConfiguration()
            .userDetailsService(
                    new SecurityProperties(
                            List.of(new SecurityProperties.User("sam", "{noop}right", List.of(Role.OPERATOR))),
                            null,
                            null),
                    encoders.encoder);
    final List<Object> events = new ArrayList<>();
    final ThrottledLogin login = new ThrottledLogin(
            LoginConfiguration.passwordCheck(users, encoders.encoder),
            new LoginThrottle(new SecurityProperties.Throttle(2, 100, Duration.ofMinutes(1)), System::nanoTime),
            events::add,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aSuccessIsPublishedWithTheClientAddress() {
        Authentication signedIn = login.authenticate(attempt("sam", "right", "192.0.2.7"));

        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(events).containsExactly(new LoginSucceeded("sam", "192.0.2.7", NOW));
    }

    @Test
    void onceThrottledTheRightPasswordIsRefusedWithoutBeingChecked() {
        failTwice();
        encoders.bcryptMatches.set(0);

        assertThatThrownBy(() -> login.authenticate(attempt("sam", "right", "192.0.2.7")))
                .isInstanceOfSatisfying(
                        LoginThrottledException.class,
                        e -> assertThat(e.retryAfterSeconds()).isBetween(1L, 60L));
        assertThat(encoders.bcryptMatches).as("password never checked").hasValue(0);
        assertThat(events)
                .containsExactly(
                        new LoginRefused("sam", "192.0.2.7", LoginRefused.Reason.BAD_CREDENTIALS, NOW),
                        new LoginRefused("sam", "192.0.2.7", LoginRefused.Reason.BAD_CREDENTIALS, NOW),
                        new LoginRefused("sam", "192.0.2.7", LoginRefused.Reason.THROTTLED, NOW));
    }

    @Test
    void aSuccessBeforeTheLimitRefillsTheBudget() {
        assertThatThrownBy(() -> login.authenticate(attempt("sam", "typo", "192.0.2.7")))
                .isInstanceOf(BadCredentialsException.class);
        login.authenticate(attempt("sam", "right", "192.0.2.7"));
        assertThatThrownBy(() -> login.authenticate(attempt("sam", "typo", "192.0.2.7")))
                .isInstanceOf(BadCredentialsException.class);

        assertThat(login.authenticate(attempt("sam", "right", "192.0.2.7")).isAuthenticated())
                .isTrue();
    }

    private void failTwice() {
        for (int i = 0; i < 2; i++) {
            assertThatThrownBy(() -> login.authenticate(attempt("sam", "wrong", "192.0.2.7")))
                    .isInstanceOf(BadCredentialsException.class);
        }
    }

    static UsernamePasswordAuthenticationToken attempt(String username, String password, String address) {
        MockHttpServletRequest request = new MockHttpServletRequest();
        request.setRemoteAddr(address);
        UsernamePasswordAuthenticationToken attempt =
                UsernamePasswordAuthenticationToken.unauthenticated(username, password);
        attempt.setDetails(new WebAuthenticationDetails(request));
        return attempt;
    }
}
