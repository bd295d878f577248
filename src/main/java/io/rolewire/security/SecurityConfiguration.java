package io.rolewire.security;

import static io.rolewire.security.Role.ADMIN;
import static io.rolewire.security.Role.OPERATOR;
import static io.rolewire.security.Role.REVIEWER;

import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two filter chains. {@code /api/**}: personal API tokens (Bearer) or HTTP Basic with verified
 * credentials cached, stateless, no CSRF (no browser session to ride on). Everything else: form
 * login with CSRF, a CSP without inline scripts and frame denial. Both check passwords through the
 * same throttled login ({@link LoginConfiguration}). With OIDC on ({@link OidcLogin}) the browser
 * also signs in through the provider; with local users off there is no form and no HTTP Basic.
 * Authorization is by URL here, in one place, and tested per role for every endpoint.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@Import({LoginConfiguration.class, OidcConfiguration.class})
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self';"
            + " img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain apiChain(
            HttpSecurity http,
            JsonMapper json,
            MessageSource messages,
            VerifiedCredentialCache basicCheck,
            ObjectProvider<TokenAuthenticator> tokens,
            SecurityProperties properties)
            throws Exception {
        ApiSecurityErrors errors = new ApiSecurityErrors(json, messages);
        if (properties.localUsers().enabled()) {
            http.httpBasic(basic -> basic.authenticationEntryPoint(errors));
        }
        return http.securityMatcher("/api/**")
                .authenticationManager(new ProviderManager(basicCheck))
                .addFilterBefore(new BearerTokenFilter(tokens, errors), BasicAuthenticationFilter.class)
                .authorizeHttpRequests(auth -> auth.requestMatchers(HttpMethod.POST, "/api/v1/runs")
                        .hasAnyRole(OPERATOR.name(), ADMIN.name())
                        // lifecycle: the run aggregate decides who exactly; only roles that could succeed pass
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/runs/*/submit",
                                "/api/v1/runs/*/cancel",
                                "/api/v1/runs/*/unwire")
                        .hasAnyRole(OPERATOR.name(), ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/api/v1/runs/*/approve", "/api/v1/runs/*/reject")
                        .hasRole(ADMIN.name())
                        // these call AWS; the run decides who exactly (the requester or an admin)
                        .requestMatchers(
                                HttpMethod.POST,
                                "/api/v1/runs/*/apply",
                                "/api/v1/runs/*/retry",
                                "/api/v1/runs/*/reverify",
                                "/api/v1/runs/*/plan")
                        .hasAnyRole(OPERATOR.name(), ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .exceptionHandling(ex -> ex.authenticationEntryPoint(errors).accessDeniedHandler(errors))
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain browserChain(
            HttpSecurity http,
            AuthenticationManager login,
            SecurityProperties properties,
            ObjectProvider<OidcLogin> oidc)
            throws Exception {
        OidcLogin sso = oidc.getIfAvailable();
        if (properties.localUsers().enabled()) {
            http.formLogin(form ->
                    form.loginPage("/login").defaultSuccessUrl("/", false).failureHandler(loginFailures()));
        }
        if (sso != null) {
            sso.configure(http);
        }
        String policy = sso == null ? CONTENT_SECURITY_POLICY : withFormAction(sso.endSessionOrigin());
        return http.authenticationManager(sso == null ? login : sso.alongside(login))
                .authorizeHttpRequests(auth -> auth.requestMatchers(
                                "/login",
                                "/error",
                                "/webjars/**",
                                "/css/**",
                                "/js/**",
                                "/images/**",
                                "/favicon.ico",
                                "/favicon.svg")
                        .permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .requestMatchers("/wizard", "/wizard/**")
                        .hasAnyRole(OPERATOR.name(), ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/runs/*/submit", "/runs/*/cancel", "/runs/*/unwire")
                        .hasAnyRole(OPERATOR.name(), ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/runs/*/approve", "/runs/*/reject")
                        .hasRole(ADMIN.name())
                        // the confirmation pages before approve and apply: the same roles as their POST
                        .requestMatchers(HttpMethod.GET, "/runs/*/approve")
                        .hasRole(ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/runs/*/apply")
                        .hasAnyRole(OPERATOR.name(), ADMIN.name())
                        .requestMatchers(
                                HttpMethod.POST,
                                "/runs/*/apply",
                                "/runs/*/retry",
                                "/runs/*/reverify",
                                "/runs/*/live-plan")
                        .hasAnyRole(OPERATOR.name(), ADMIN.name())
                        .requestMatchers(HttpMethod.POST, "/audit/checkpoints")
                        .hasAnyRole(REVIEWER.name(), ADMIN.name())
                        // the sweep reads every wired destination role in AWS: for those who audit
                        .requestMatchers("/audit/orphans")
                        .hasAnyRole(REVIEWER.name(), ADMIN.name())
                        .requestMatchers("/approvals", "/approvals/**")
                        .hasRole(ADMIN.name())
                        .anyRequest()
                        .authenticated())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(policy))
                        .frameOptions(frame -> frame.deny())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
                .csrf(Customizer.withDefaults())
                .addFilterBefore(new CrossSiteExportGuard(), AuthorizationFilter.class)
                .build();
    }

    /** Also allows a form (sign-out) to end at the provider's end_session_endpoint. */
    static String withFormAction(Optional<String> origin) {
        return origin.map(o -> CONTENT_SECURITY_POLICY.replace("form-action 'self'", "form-action 'self' " + o))
                .orElse(CONTENT_SECURITY_POLICY);
    }

    /** A throttled sign-in gets its own message on the login page; any other failure the usual one. */
    private static AuthenticationFailureHandler loginFailures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(LoginThrottledException.class.getName(), "/login?throttled"));
        return failures;
    }
}
