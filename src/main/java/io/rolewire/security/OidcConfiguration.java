package io.rolewire.security;

import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;

/**
 * Single sign-on, only with {@code rolewire.security.oidc.enabled=true}: the one client
 * registration is built from {@code rolewire.security.oidc.*} and the provider's discovery
 * document, read once at start-up. With OIDC off nothing here exists and no issuer is contacted.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("rolewire.security.oidc.enabled")
class OidcConfiguration {

    static final String REGISTRATION_ID = "oidc";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(SecurityProperties properties) {
        SecurityProperties.Oidc oidc = properties.oidc();
        ClientRegistration registration = ClientRegistrations.fromIssuerLocation(oidc.issuerUri())
                .registrationId(REGISTRATION_ID)
                .clientName(oidc.providerName())
                .clientId(oidc.clientId())
                .clientSecret(oidc.clientSecret())
                .scope(oidc.scopes())
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .build();
        return new InMemoryClientRegistrationRepository(registration);
    }

    @Bean
    OidcLogin oidcLogin(
            SecurityProperties properties,
            ClientRegistrationRepository registrations,
            UserDetailsService users,
            ApplicationEventPublisher events,
            ObjectProvider<Clock> clock) {
        return new OidcLogin(
                registrations.findByRegistrationId(REGISTRATION_ID),
                registrations,
                new OidcUsers(properties.oidc(), name -> isLocal(users, name)),
                new OidcLoginEvents(events, clock.getIfAvailable(Clock::systemUTC)));
    }

    private static boolean isLocal(UserDetailsService users, String name) {
        try {
            return name != null && users.loadUserByUsername(name) != null;
        } catch (UsernameNotFoundException unknown) {
            return false;
        }
    }
}
