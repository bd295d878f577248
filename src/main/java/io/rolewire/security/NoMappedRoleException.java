package io.rolewire.security;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/** The provider vouched for the person, but none of their groups maps to a Rolewire role. */
final class NoMappedRoleException extends OAuth2AuthenticationException {

    static final String ERROR_CODE = "no_mapped_role";

    private final String username;

    NoMappedRoleException(String username) {
        super(new OAuth2Error(ERROR_CODE, "no group of this user maps to a Rolewire role", null));
        this.username = username;
    }

    String username() {
        return username;
    }
}
