package io.rolewire.audit;

import java.time.Instant;

/**
 * An event of the log that belongs to no run, such as an export; it is chained like every run
 * event. {@code detail} is JSON.
 */
public record AuditEvent(long position, String type, String actor, Instant at, String detail) {

    /** Someone exported events or history; the detail says what, with which filter and format. */
    public static final String EXPORTED = "EXPORTED";
}
