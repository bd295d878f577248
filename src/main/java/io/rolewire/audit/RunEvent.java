package io.rolewire.audit;

import java.time.Instant;

/** One entry of a run's insert-only event log; {@code detail} is JSON. */
public record RunEvent(long id, long runId, String type, String actor, Instant at, String detail) {

    /** The first event of every run; its detail is {@code {"planHash": "..."}}. */
    public static final String CREATED = "CREATED";
}
