package io.rolewire.security;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The browser chain's single sign-on: authorization code flow with the provider, ID token checked
 * against the issuer's keys (signature, issuer, audience, nonce, expiry), and on sign-out the local
 * session ends first, then the provider's session when it offers an end_session_endpoint.
 */
final class OidcLogin {

    private final ClientRegistration registration;
    private final ClientRegistrationRepository registrations;
    private final OidcUsers users;
    private final OidcLoginEvents results;

    OidcLogin(
            ClientRegistration registration,
            ClientRegistrationRepository registrations,
            OidcUsers users,
            OidcLoginEvents results) {
        this.registration = registration;
        this.registrations = registrations;
        this.users = users;
        this.results = results;
    }

    /**
     * The chain's manager is set explicitly (the password check), so the providers OAuth2 login
     * would register are not used: the code-for-token check is added here, next to the password one.
     */
    AuthenticationManager alongside(AuthenticationManager passwords) {
        OidcAuthorizationCodeAuthenticationProvider codes = new OidcAuthorizationCodeAuthenticationProvider(
                new RestClientAuthorizationCodeTokenResponseClient(), users);
        return new ProviderManager(List.of(codes), passwords);
    }

    void configure(HttpSecurity http) throws Exception {
        OidcClientInitiatedLogoutSuccessHandler signedOut = new OidcClientInitiatedLogoutSuccessHandler(registrations);
        signedOut.setPostLogoutRedirectUri("{baseUrl}/login?logout");
        signedOut.setDefaultTargetUrl("/login?logout");
        http.oauth2Login(login -> login.loginPage("/login")
                        .clientRegistrationRepository(registrations)
                        .successHandler(results)
                        .failureHandler(results))
                .logout(logout -> logout.logoutSuccessHandler(signedOut));
    }

    /**
     * The sign-out form posts to /logout, which redirects to the provider: browsers hold such a
     * redirect to the CSP's form-action, so the provider's origin is added there.
     */
    Optional<String> endSessionOrigin() {
        Object endpoint =
                registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endpoint == null) {
            return Optional.empty();
        }
        URI uri = URI.create(endpoint.toString());
        return Optional.of(uri.getScheme() + "://" + uri.getRawAuthority());
    }
}
