package io.rolewire.security;

import java.util.Optional;

/**
 * What the sign-in page offers: the form for local users, a button for single sign-on, or both.
 *
 * @param localUsers whether the username and password form is shown
 * @param singleSignOn the provider's display name when OIDC is on
 */
public record SignInOptions(boolean localUsers, Optional<String> singleSignOn) {

    /** Where the single sign-on button leads: Spring Security starts the authorization request there. */
    public static final String SINGLE_SIGN_ON_PATH = "/oauth2/authorization/" + OidcConfiguration.REGISTRATION_ID;

    static SignInOptions of(SecurityProperties properties) {
        SecurityProperties.Oidc oidc = properties.oidc();
        return new SignInOptions(
                properties.localUsers().enabled(),
                oidc.enabled() ? Optional.of(oidc.providerName()) : Optional.empty());
    }
}
