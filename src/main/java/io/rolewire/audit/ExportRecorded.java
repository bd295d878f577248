package io.rolewire.audit;

import java.time.Instant;
import java.util.Map;

/**
 * Published by every export (history or a run's events) before it streams; the event log records
 * it as an EXPORTED event, so who exported what is itself on the record.
 *
 * @param what what was exported, e.g. {@code history}, {@code run-events}, {@code run-terraform} or
 *     {@code run-cloudformation} (a run as code, published by the export module)
 * @param runId the run whose events were exported, or null for a history export
 * @param filter the filter applied, by field, only those set (empty for none)
 * @param format {@code csv} or {@code jsonl}; {@code zip} for a run as code
 */
public record ExportRecorded(
        String actor, String what, Long runId, Map<String, String> filter, String format, Instant at) {

    public ExportRecorded {
        filter = filter == null ? Map.of() : Map.copyOf(filter);
    }
}
