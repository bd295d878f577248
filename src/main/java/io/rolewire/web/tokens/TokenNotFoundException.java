package io.rolewire.web.tokens;

import io.rolewire.web.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/**
 * No such token, or it belongs to someone else (which must look the same). Marked 404 itself, so
 * the error page follows whether or not a browser advice covers this package.
 */
@ResponseStatus(HttpStatus.NOT_FOUND)
final class TokenNotFoundException extends NotFoundException {

    TokenNotFoundException(long id) {
        super("no API token " + id + " for this user");
    }
}
