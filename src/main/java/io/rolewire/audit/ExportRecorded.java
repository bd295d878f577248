package io.rolewire.audit;

import java.time.Instant;

/**
 * Published by every export (history or a run's events) before it streams; the event log records
 * it as an EXPORTED event, so who exported what is itself on the record.
 *
 * @param what what was exported, e.g. {@code history} or {@code run-events}
 * @param runId the run whose events were exported, or null for a history export
 * @param filterJson the filter applied, as JSON ({@code {}} for none)
 * @param format {@code csv} or {@code jsonl}
 */
public record ExportRecorded(String actor, String what, Long runId, String filterJson, String format, Instant at) {}
