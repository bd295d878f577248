package io.rolewire.web.runs;

import io.rolewire.export.CodeFormat;
import io.rolewire.export.RunCodeExports;
import io.rolewire.runs.Actor;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.web.CodeExportDownloads;
import io.rolewire.web.FlashMessage;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A run's documents as Terraform or CloudFormation, linked from the run page: for every signed-in role,
 * like the run page itself. Each download is on the record (EXPORTED) before it starts.
 */
@Controller
@RequestMapping("/runs/{runId}/export")
class CodeExportController {

    private final RunCodeExports exports;

    CodeExportController(RunCodeExports exports) {
        this.exports = exports;
    }

    @GetMapping("/terraform")
    ResponseEntity<StreamingResponseBody> showTerraform(@PathVariable long runId, Actor actor) {
        return CodeExportDownloads.attachment(exports.export(runId, CodeFormat.TERRAFORM, actor));
    }

    @GetMapping("/cloudformation")
    ResponseEntity<StreamingResponseBody> showCloudFormation(@PathVariable long runId, Actor actor) {
        return CodeExportDownloads.attachment(exports.export(runId, CodeFormat.CLOUDFORMATION, actor));
    }

    /** An un-wire is not exported (its documents would create the wiring again): back to the run, saying so. */
    @ExceptionHandler(TransitionRefused.class)
    String refused(TransitionRefused refused, HttpServletRequest request) {
        RequestContextUtils.getOutputFlashMap(request)
                .put(
                        FlashMessage.ATTRIBUTE,
                        new FlashMessage(
                                "danger",
                                refused.reason().messageCode(),
                                List.of(
                                        String.valueOf(refused.runId()),
                                        refused.status().name())));
        return "redirect:/runs/" + refused.runId();
    }
}
