package io.rolewire.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * The provider vouched for the person, but Rolewire refuses them: none of their groups maps to a
 * role, or their username is a local user's (one name must not stand for two people in the record
 * and the requester rules).
 */
final class SingleSignOnRefusedException extends OAuth2AuthenticationException {

    private final String username;
    private final LoginRefused.Reason reason;

    SingleSignOnRefusedException(String username, LoginRefused.Reason reason) {
        super(new OAuth2Error(reason.name().toLowerCase(), "refused by Rolewire: " + reason, null));
        this.username = username;
        this.reason = reason;
    }

    String username() {
        return username;
    }

    LoginRefused.Reason reason() {
        return reason;
    }
}
