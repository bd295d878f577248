package io.rolewire.security;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How a password is checked. Both chains share one {@link ThrottledLogin}, so failures in the
 * browser and over HTTP Basic draw on the same budgets; only the API adds the
 * {@link VerifiedCredentialCache} in front (a browser signs in once per session). No
 * UserDetailsPasswordService is set on the check: a stored hash is never rewritten at login.
 */
@Configuration(proxyBeanMethods = false)
class LoginConfiguration {

    @Bean
    LoginThrottle loginThrottle(SecurityProperties properties) {
        return new LoginThrottle(properties.loginThrottle(), System::nanoTime);
    }

    @Bean
    ThrottledLogin throttledLogin(
            UserDetailsService users,
            PasswordEncoder encoder,
            LoginThrottle throttle,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        return new ThrottledLogin(
                passwordCheck(users, encoder), throttle, events, clock.getIfAvailable(Clock::systemUTC));
    }

    /** Unknown users get a dummy bcrypt match from the provider itself, so both cost one bcrypt. */
    static AuthenticationProvider passwordCheck(UserDetailsService users, PasswordEncoder encoder) {
        DaoAuthenticationProvider passwordCheck = new DaoAuthenticationProvider(users);
        passwordCheck.setPasswordEncoder(encoder);
        return passwordCheck;
    }

    @Bean
    VerifiedCredentialCache verifiedCredentialCache(ThrottledLogin login, SecurityProperties properties) {
        return new VerifiedCredentialCache(login, properties.basicCacheTtl());
    }

    /** The browser's form login. */
    @Bean
    AuthenticationManager authenticationManager(ThrottledLogin login) {
        return new ProviderManager(login);
    }
}
