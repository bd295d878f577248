package io.rolewire.runs;

import io.rolewire.runs.events.RunRecord;

/**
 * A run as it is stored now, in the form the record's checks compare: its record digested from
 * the stored bytes (as {@link io.rolewire.runs.events.Created} carries it) and its lifecycle columns.
 */
public record StoredRun(long runId, RunRecord record, RunState state) {}
