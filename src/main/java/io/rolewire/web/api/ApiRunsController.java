package io.rolewire.web.api;

import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunHistory;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Run;
import io.rolewire.runs.Runs;
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

    ApiRunsController(Wiring wiring, Runs runs, RunHistory history, ApiViews views) {
        this.wiring = wiring;
        this.runs = runs;
        this.history = history;
        this.views = views;
    }

    @PostMapping("/api/v1/runs")
    ResponseEntity<RunResponse> processCreate(@Valid @RequestBody WiringRequest request, Authentication user) {
        WiringInput input = request.toInput();
        Preview preview = InvalidInputException.requireValid(wiring.preview(input));
        Run run = runs.createDraft(input, preview, new Actor(user.getName()));
        URI location = ServletUriComponentsBuilder.fromCurrentRequest()
                .path("/{id}")
                .buildAndExpand(run.id())
                .toUri();
        return ResponseEntity.created(location).body(views.run(run));
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
}
