package io.rolewire.web.api;

import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.Integrity;
import io.rolewire.audit.RunEventExports;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Runs;
import io.rolewire.web.ExportDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Integrity checks and event exports over JSON, for every signed-in role: reviewers verify and
 * export. Exports stream from the database to the response; each is recorded before it starts.
 */
@RestController
class ApiAuditController {

    private final Integrity integrity;
    private final RunEventExports exports;
    private final Runs runs;

    ApiAuditController(Integrity integrity, RunEventExports exports, Runs runs) {
        this.integrity = integrity;
        this.exports = exports;
        this.runs = runs;
    }

    @GetMapping("/api/v1/audit/verify")
    IntegrityResponse showChainIntegrity() {
        return IntegrityResponse.from(integrity.verifyChain());
    }

    @GetMapping("/api/v1/runs/{id}/verify")
    IntegrityResponse showRunIntegrity(@PathVariable long id) {
        requireRun(id);
        return IntegrityResponse.from(integrity.verifyRun(id));
    }

    @GetMapping("/api/v1/runs/{id}/events.csv")
    ResponseEntity<StreamingResponseBody> showEventsCsv(@PathVariable long id, Actor actor) {
        return export(id, ExportFormat.CSV, actor);
    }

    @GetMapping("/api/v1/runs/{id}/events.jsonl")
    ResponseEntity<StreamingResponseBody> showEventsJsonLines(@PathVariable long id, Actor actor) {
        return export(id, ExportFormat.JSONL, actor);
    }

    /** The run's record with inclusion proofs against a signed checkpoint, for {@code rolewire.jar verify}. */
    @GetMapping("/api/v1/runs/{id}/proof")
    ResponseEntity<StreamingResponseBody> showProof(@PathVariable long id, Actor actor) {
        requireRun(id);
        RunEventExports.Writer writer = exports.proof(id, actor);
        return ExportDownloads.proofAttachment(id, writer::writeTo);
    }

    private ResponseEntity<StreamingResponseBody> export(long id, ExportFormat format, Actor actor) {
        requireRun(id);
        RunEventExports.Writer writer = exports.export(id, format, actor);
        return ExportDownloads.attachment("run-" + id + "-events", format, writer::writeTo);
    }

    private void requireRun(long id) {
        if (runs.find(id).isEmpty()) {
            throw new RunNotFoundException(id);
        }
    }
}
