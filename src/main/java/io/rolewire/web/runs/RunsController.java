package io.rolewire.web.runs;

import io.rolewire.audit.EventLog;
import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunHistory;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.web.DocumentDownloads;
import io.rolewire.web.DocumentNotFoundException;
import io.rolewire.web.Findings;
import io.rolewire.wiring.RoleArn;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;

/** History and run pages, for every signed-in role. */
@Controller
@RequestMapping("/runs")
class RunsController {

    private final RunHistory history;
    private final Runs runs;
    private final EventLog events;

    RunsController(RunHistory history, Runs runs, EventLog events) {
        this.history = history;
        this.runs = runs;
        this.events = events;
    }

    @ModelAttribute("nav")
    String nav() {
        return "runs";
    }

    /** Newest first, keyset-paged: "Older" passes the last id as {@code before}. */
    @GetMapping
    String showHistory(@Valid @ModelAttribute("filter") HistoryQuery query, BindingResult result, Model model) {
        query.checkStatus(result);
        Long before = query.beforeId();
        HistoryPage page = history.search(query.toFilter(result), before, HistoryQuery.PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("statuses", RunStatus.values());
        model.addAttribute("olderUrl", page.nextBefore() == null ? null : query.link(result, page.nextBefore()));
        model.addAttribute("newestUrl", before == null ? null : query.link(result, null));
        return "runs/list";
    }

    @GetMapping("/{runId}")
    String showRun(@PathVariable long runId, ActingUser user, Model model) {
        Run run = find(runId);
        model.addAttribute("run", run);
        model.addAttribute("actions", run.allowedActions(user));
        model.addAttribute("findings", Findings.bySeverity(run.findings()));
        model.addAttribute("events", events.eventsOf(runId));
        model.addAttribute(
                "sourceRoleArn",
                RoleArn.of(
                        run.input().region(),
                        run.input().source().accountId(),
                        run.input().source().roleName()));
        model.addAttribute(
                "destinationRoleArn",
                RoleArn.of(
                        run.input().region(),
                        run.input().destination().accountId(),
                        run.input().destination().roleName()));
        return "runs/detail";
    }

    @GetMapping("/{runId}/documents/{key}")
    ResponseEntity<String> showDocument(@PathVariable long runId, @PathVariable String key) {
        return find(runId)
                .document(key)
                .map(DocumentDownloads::attachment)
                .orElseThrow(() -> new DocumentNotFoundException(key));
    }

    private Run find(long runId) {
        return runs.find(runId).orElseThrow(() -> new RunNotFoundException(runId));
    }
}
