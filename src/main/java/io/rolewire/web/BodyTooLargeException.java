package io.rolewire.web;

import java.io.IOException;

/** A request body grew past {@code rolewire.web.max-request-size} while it was read. */
public final class BodyTooLargeException extends IOException {

    private final long maxBytes;

    BodyTooLargeException(long maxBytes) {
        super("request body exceeds " + maxBytes + " bytes", null);
        this.maxBytes = maxBytes;
    }

    public long maxBytes() {
        return maxBytes;
    }
}
