package io.rolewire.audit.internal;

import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.ExportRecorded;
import io.rolewire.audit.RunEventExports;
import io.rolewire.runs.Actor;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Records the export first (its EXPORTED event commits in its own transaction, so an aborted download is
 * still on the record), then writes the run's {@link ProvenRecord}: the export's own EXPORTED event is
 * sealed and checkpointed before it is written, so it is proven with the rest.
 */
class JdbcRunEventExports implements RunEventExports {

    static final String WHAT = "run-events";
    static final String PROOF = "run-proof";

    private final ProvenRecords provenRecords;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JdbcRunEventExports(ProvenRecords provenRecords, ApplicationEventPublisher events, Clock clock) {
        this.provenRecords = provenRecords;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public Writer export(long runId, ExportFormat format, Actor actor) {
        record(actor, WHAT, runId, format.extension());
        return out -> {
            ProvenRecord record = provenRecords.of(runId);
            java.io.Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
            if (format == ExportFormat.CSV) {
                ProvenRecordFiles.writeCsv(record, text);
            } else {
                ProvenRecordFiles.writeJsonLines(record, text);
            }
            text.flush();
        };
    }

    @Override
    public Writer proof(long runId, Actor actor) {
        record(actor, PROOF, runId, "json");
        return out -> {
            ProvenRecord record = provenRecords.of(runId);
            out.write(ProvenRecordFiles.proofDocument(record).getBytes(StandardCharsets.UTF_8));
            out.flush();
        };
    }

    private void record(Actor actor, String what, long runId, String format) {
        events.publishEvent(new ExportRecorded(actor.username(), what, runId, Map.of(), format, clock.instant()));
    }
}
