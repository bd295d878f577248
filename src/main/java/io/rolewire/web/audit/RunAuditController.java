package io.rolewire.web.audit;

import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.Integrity;
import io.rolewire.audit.RunEventExports;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Runs;
import io.rolewire.web.ExportDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** One run's integrity check, event exports and proof, linked from the run page; every signed-in role. */
@Controller
@RequestMapping("/runs/{runId}")
class RunAuditController {

    private final Integrity integrity;
    private final RunEventExports exports;
    private final Runs runs;

    RunAuditController(Integrity integrity, RunEventExports exports, Runs runs) {
        this.integrity = integrity;
        this.exports = exports;
        this.runs = runs;
    }

    @ModelAttribute("nav")
    String nav() {
        return "runs";
    }

    @GetMapping("/verify")
    String showRunIntegrity(@PathVariable long runId, Model model) {
        requireRun(runId);
        model.addAttribute("runId", runId);
        model.addAttribute("report", integrity.verifyRun(runId));
        return "audit/run-integrity";
    }

    @GetMapping("/events.csv")
    ResponseEntity<StreamingResponseBody> showEventsCsv(@PathVariable long runId, Actor actor) {
        return export(runId, ExportFormat.CSV, actor);
    }

    @GetMapping("/events.jsonl")
    ResponseEntity<StreamingResponseBody> showEventsJsonLines(@PathVariable long runId, Actor actor) {
        return export(runId, ExportFormat.JSONL, actor);
    }

    @GetMapping("/proof.json")
    ResponseEntity<StreamingResponseBody> showProof(@PathVariable long runId, Actor actor) {
        requireRun(runId);
        RunEventExports.Writer writer = exports.proof(runId, actor);
        return ExportDownloads.proofAttachment(runId, writer::writeTo);
    }

    private ResponseEntity<StreamingResponseBody> export(long runId, ExportFormat format, Actor actor) {
        requireRun(runId);
        RunEventExports.Writer writer = exports.export(runId, format, actor);
        return ExportDownloads.attachment("run-" + runId + "-events", format, writer::writeTo);
    }

    private void requireRun(long runId) {
        if (runs.find(runId).isEmpty()) {
            throw new RunNotFound(runId);
        }
    }
}
