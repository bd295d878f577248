package io.rolewire.export.internal;

import io.rolewire.audit.ExportRecorded;
import io.rolewire.export.CodeExport;
import io.rolewire.export.CodeExports;
import io.rolewire.export.CodeFormat;
import io.rolewire.export.ExportedRun;
import io.rolewire.export.RunCodeExports;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Refusal;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunKind;
import io.rolewire.runs.Runs;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.runs.UnknownRunException;
import java.time.Clock;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;

/**
 * Like the event and history exports: the export is published as {@link ExportRecorded} (the audit
 * module appends the EXPORTED event in a transaction of its own, synchronously) before the files are
 * generated and handed out, so there is no export without its record.
 */
class RecordedRunCodeExports implements RunCodeExports {

    /** The {@code format} of the record: what the person downloads. */
    static final String ZIP = "zip";

    private final Runs runs;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    RecordedRunCodeExports(Runs runs, ApplicationEventPublisher events, Clock clock) {
        this.runs = runs;
        this.events = events;
        this.clock = clock;
    }

    @Override
    public CodeExport export(long runId, CodeFormat format, Actor actor) {
        Run run = runs.find(runId).orElseThrow(() -> new UnknownRunException(runId));
        if (run.kind() == RunKind.UNWIRE) {
            throw new TransitionRefused(Refusal.NOT_EXPORTABLE, runId, run.status());
        }
        events.publishEvent(
                new ExportRecorded(actor.username(), "run-" + format.slug(), runId, Map.of(), ZIP, clock.instant()));
        return CodeExports.of(format, new ExportedRun(run.id(), run.input(), run.documents()));
    }
}
