package io.rolewire.web.api;

import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.HistoryExports;
import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunHistory;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Runs;
import io.rolewire.web.ExportDownloads;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.Wiring;
import io.rolewire.wiring.WiringInput;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Runs over JSON: create a DRAFT (OPERATOR or ADMIN, enforced by the security configuration), read
 * one with its events, and page through the history (any signed-in user).
 */
@RestController
class ApiRunsController {

    private final Wiring wiring;
    private final Runs runs;
    private final RunHistory history;
    private final ApiViews views;
    private final HistoryExports exports;

    ApiRunsController(Wiring wiring, Runs runs, RunHistory history, ApiViews views, HistoryExports exports) {
        this.wiring = wiring;
        this.runs = runs;
        this.history = history;
        this.views = views;
        this.exports = exports;
    }

    @PostMapping("/api/v1/runs")
    ResponseEntity<RunResponse> processCreate(@Valid @RequestBody WiringRequest request, Authentication user) {
        WiringInput input = request.toInput();
        Preview preview = InvalidInputException.requireValid(wiring.preview(input));
        RunResponse created = views.runAfter(() -> runs.createDraft(input, preview, new Actor(user.getName())));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(created.id())
                .toUri();
        return ResponseEntity.created(location).body(created);
    }

    @GetMapping("/api/v1/runs/{id}")
    RunResponse showRun(@PathVariable long id) {
        return runs.find(id).map(views::run).orElseThrow(() -> new RunNotFoundException(id));
    }

    @GetMapping("/api/v1/runs")
    ResponseEntity<RunPageResponse> showRuns(@Valid RunQuery query) {
        HistoryPage page = history.search(query.filter(), query.before(), query.pageSize());
        ResponseEntity.BodyBuilder ok = ResponseEntity.ok();
        if (page.nextBefore() != null) {
            String next = ServletUriComponentsBuilder.fromCurrentRequest()
                    .replaceQueryParam("before", page.nextBefore())
                    .build()
                    .toUriString();
            ok.header(HttpHeaders.LINK, "<" + next + ">; rel=\"next\"");
        }
        return ok.body(RunPageResponse.from(page));
    }

    /** Every run the same query matches (paging parameters aside), streamed; recorded first. */
    @GetMapping("/api/v1/runs/export.csv")
    ResponseEntity<StreamingResponseBody> showExportCsv(@Valid RunQuery query, Authentication user) {
        return export(query, ExportFormat.CSV, user);
    }

    @GetMapping("/api/v1/runs/export.jsonl")
    ResponseEntity<StreamingResponseBody> showExportJsonLines(@Valid RunQuery query, Authentication user) {
        return export(query, ExportFormat.JSONL, user);
    }

    private ResponseEntity<StreamingResponseBody> export(RunQuery query, ExportFormat format, Authentication user) {
        var body = exports.export(query.filter(), format, user.getName());
        return ExportDownloads.attachment("rolewire-history", format, body::writeTo);
    }
}
