package io.rolewire.web;

/**
 * Something the URL names does not exist, or is not visible to the signed-in user. The browser
 * advice turns it into the 404 page; subclasses say what was missing.
 */
public abstract class NotFoundException extends RuntimeException {

    protected NotFoundException(String message) {
        super(message);
    }
}
