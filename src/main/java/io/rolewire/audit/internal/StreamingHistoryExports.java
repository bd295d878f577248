package io.rolewire.audit.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.ExportRecorded;
import io.rolewire.audit.HistoryExports;
import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.RunHistory;
import java.time.Clock;
import org.springframework.context.ApplicationEventPublisher;
import tools.jackson.databind.json.JsonMapper;

/** Records each history export, then streams the runs through the format's row writer. */
class StreamingHistoryExports implements HistoryExports {

    private static final JsonMapper FILTER_JSON = JsonMapper.builder()
            .changeDefaultPropertyInclusion(inclusion -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
            .build();

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
        events.publishEvent(new ExportRecorded(
                actor, "history", null, FILTER_JSON.writeValueAsString(applied), format.extension(), clock.instant()));
        return out -> {
            try (SummaryWriter writer = SummaryWriter.of(format, out)) {
                history.forEach(applied, writer::write);
            }
        };
    }
}
