package io.rolewire.audit.internal;

import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.ExportRecorded;
import io.rolewire.audit.HistoryExports;
import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.RunHistory;
import io.rolewire.wiring.Json;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.core.type.TypeReference;

/** Records each history export, then streams the runs through the format's row writer. */
class StreamingHistoryExports implements HistoryExports {

    private final RunHistory history;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    StreamingHistoryExports(RunHistory history, ApplicationEventPublisher events, Clock clock) {
        this.history = history;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Body export(HistoryFilter filter, ExportFormat format, String actor) {
        HistoryFilter applied = filter == null ? HistoryFilter.none() : filter;
        events.publishEvent(
                new ExportRecorded(actor, "history", null, filterOf(applied), format.extension(), clock.instant()));
        return out -> {
            try (SummaryWriter writer = SummaryWriter.of(format, out)) {
                history.forEach(applied, writer::write);
            }
        };
    }

    /** The filter's fields that are set, as text: what the EXPORTED event records. */
    static Map<String, String> filterOf(HistoryFilter filter) {
        Map<String, Object> fields = Json.mapper().convertValue(filter, new TypeReference<Map<String, Object>>() {});
        Map<String, String> set = new TreeMap<>();
        fields.forEach((name, value) -> {
            if (value != null) {
                set.put(name, value.toString());
            }
        });
        return set;
    }
}
