package io.rolewire.runs.events;

import java.util.Map;

/**
 * Someone exported history or a run's events; belongs to no run.
 *
 * @param what {@code history}, {@code run-events}, {@code run-proof}, {@code run-terraform} or
 *     {@code run-cloudformation}
 * @param runId the run whose events were exported, null for history
 * @param filter the history filter applied, by field (empty for none)
 * @param format {@code csv} or {@code jsonl} ({@code json} for a proof, {@code zip} for a run as code)
 */
public record Exported(String what, Long runId, Map<String, String> filter, String format) implements RecordedEvent {

    public static final String KIND = "EXPORTED";

    public Exported {
        filter = filter == null ? Map.of() : Map.copyOf(filter);
    }

    @Override
    public String kind() {
        return KIND;
    }
}
