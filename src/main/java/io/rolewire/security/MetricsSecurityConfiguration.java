package io.rolewire.security;

import static io.rolewire.security.Role.ADMIN;
import static io.rolewire.security.Role.REVIEWER;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Prometheus scrape ({@code /actuator/prometheus}) and the sign-in meter. The scrape is for
 * REVIEWER and ADMIN only: the numbers tell how busy, how failing and how attacked the console is,
 * which an operator's job does not need. Prometheus cannot fill in a login form, so this chain
 * authenticates like the API (a personal token as Bearer, or HTTP Basic, through the same throttled
 * login) and keeps no session. Kept apart from {@link SecurityConfiguration} so the browser and
 * API chains stay as they are; it is ordered before the browser chain, which would otherwise take
 * the path and answer with a redirect to the login page.
 */
@Configuration(proxyBeanMethods = false)
class MetricsSecurityConfiguration {

    static final String SCRAPE_PATH = "/actuator/prometheus";

    @Bean
    @Order(0)
    SecurityFilterChain metricsChain(
            HttpSecurity http,
            JsonMapper json,
            MessageSource messages,
            VerifiedCredentialCache basicCheck,
            ObjectProvider<TokenAuthenticator> tokens)
            throws Exception {
        ApiSecurityErrors errors = new ApiSecurityErrors(json, messages);
        return http.securityMatcher(SCRAPE_PATH)
                .authenticationManager(new ProviderManager(basicCheck))
                .addFilterBefore(new BearerTokenFilter(tokens, errors), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(REVIEWER.name(), ADMIN.name()))
                .httpBasic(basic -> basic.authenticationEntryPoint(errors))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    /** Without Boot's metrics (some slices) it counts into a registry nobody reads. */
    @Bean
    FailedLoginCounter failedLoginCounter(ObjectProvider<MeterRegistry> registry) {
        return new FailedLoginCounter(registry.getIfAvailable(SimpleMeterRegistry::new));
    }
}
