package io.rolewire.runs;

import java.time.Instant;

/** Published inside the creating transaction; the audit log records it as a CREATED event. */
public record RunCreated(long runId, String actor, Instant at, String planHash) {}
