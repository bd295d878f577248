package io.rolewire.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * The password check behind a budget of failures (Z5), publishing {@link LoginSucceeded} and
 * {@link LoginRefused}. A throttled attempt never reaches the password encoder, so hammering costs
 * the server nothing and tells the client nothing about the password.
 */
final class ThrottledLogin implements AuthenticationProvider {

    private final AuthenticationProvider passwordCheck;
    private final LoginThrottle throttle;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ThrottledLogin(
            AuthenticationProvider passwordCheck,
            LoginThrottle throttle,
            ApplicationEventPublisher events,
            Clock clock) {
        this.passwordCheck = passwordCheck;
        this.throttle = throttle;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName();
        String address = clientAddress(attempt);
        Optional<Duration> wait = throttle.refusal(username, address);
        if (wait.isPresent()) {
            events.publishEvent(new LoginRefused(username, address, LoginRefused.Reason.THROTTLED, clock.instant()));
            throw new LoginThrottledException(wait.get());
        }
        try {
            Authentication verified = passwordCheck.authenticate(attempt);
            throttle.succeeded(username);
            events.publishEvent(new LoginSucceeded(verified.getName(), address, clock.instant()));
            return verified;
        } catch (AuthenticationException refused) {
            throttle.failed(username, address);
            events.publishEvent(
                    new LoginRefused(username, address, LoginRefused.Reason.BAD_CREDENTIALS, clock.instant()));
            throw refused;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private static String clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
    }
}
