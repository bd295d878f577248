package io.rolewire.security;

import java.util.Optional;
import org.springframework.core.env.Environment;

/**
 * What the sign-in page offers: the form for local users, a button for single sign-on, or both.
 *
 * @param localUsers whether the username and password form is shown
 * @param singleSignOn the provider's display name when OIDC is on
 * @param generatedPasswords on the embedded default only (local users, none configured, not the
 *     {@code prod} profile): where the generated passwords were logged, as {@link PasswordLog}; the
 *     passwords themselves are never on the page
 */
public record SignInOptions(
        boolean localUsers, Optional<String> singleSignOn, Optional<PasswordLog> generatedPasswords) {

    /** Where single sign-on starts: Spring Security's authorization request endpoint. */
    public static final String SINGLE_SIGN_ON_PATH = "/oauth2/authorization/" + OidcConfiguration.REGISTRATION_ID;

    /** The start of the log line that carries each generated password (UsersConfiguration). */
    public static final String GENERATED_LOG_LINE = "No rolewire.security.users configured: generated user";

    /**
     * Where the startup log went.
     *
     * @param file {@code logging.file.name}, or {@code logging.file.path} with Spring's spring.log; null
     *     when the log goes to standard output only
     */
    public record PasswordLog(String file) {}

    static SignInOptions of(SecurityProperties properties, Environment environment) {
        SecurityProperties.Oidc oidc = properties.oidc();
        boolean generated = properties.localUsers().enabled()
                && properties.users().isEmpty()
                && !environment.matchesProfiles("prod");
        return new SignInOptions(
                properties.localUsers().enabled(),
                oidc.enabled() ? Optional.of(oidc.providerName()) : Optional.empty(),
                generated ? Optional.of(new PasswordLog(logFile(environment))) : Optional.empty());
    }

    private static String logFile(Environment environment) {
        String name = environment.getProperty("logging.file.name");
        if (name != null && !name.isBlank()) {
            return name;
        }
        String path = environment.getProperty("logging.file.path");
        return path != null && !path.isBlank() ? path.replaceAll("/+$", "") + "/spring.log" : null;
    }
}
