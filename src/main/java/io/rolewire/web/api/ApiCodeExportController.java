package io.rolewire.web.api;

import io.rolewire.export.CodeFormat;
import io.rolewire.export.RunCodeExports;
import io.rolewire.runs.Actor;
import io.rolewire.web.CodeExportDownloads;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The run page's "as code" downloads for pipelines: the same zip, for every signed-in role, recorded first. */
@RestController
class ApiCodeExportController {

    private final RunCodeExports exports;

    ApiCodeExportController(RunCodeExports exports) {
        this.exports = exports;
    }

    @GetMapping("/api/v1/runs/{id}/export/terraform")
    ResponseEntity<StreamingResponseBody> showTerraform(@PathVariable long id, Actor actor) {
        return CodeExportDownloads.attachment(exports.export(id, CodeFormat.TERRAFORM, actor));
    }

    @GetMapping("/api/v1/runs/{id}/export/cloudformation")
    ResponseEntity<StreamingResponseBody> showCloudFormation(@PathVariable long id, Actor actor) {
        return CodeExportDownloads.attachment(exports.export(id, CodeFormat.CLOUDFORMATION, actor));
    }
}
