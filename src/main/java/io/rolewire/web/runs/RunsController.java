package io.rolewire.web.runs;

import io.rolewire.apply.Applies;
import io.rolewire.apply.ApplyProperties;
import io.rolewire.apply.LivePlans;
import io.rolewire.audit.EventLog;
import io.rolewire.audit.ExportFormat;
import io.rolewire.audit.HistoryExports;
import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryPage;
import io.rolewire.audit.RunEvent;
import io.rolewire.audit.RunHistory;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import io.rolewire.runs.UnwireRules;
import io.rolewire.web.DocumentDownloads;
import io.rolewire.web.DocumentNotFoundException;
import io.rolewire.web.DocumentRows;
import io.rolewire.web.ExportDownloads;
import io.rolewire.web.Findings;
import io.rolewire.web.picture.WiringPicture;
import io.rolewire.wiring.RoleArn;
import io.rolewire.wiring.Workload;
import jakarta.validation.Valid;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** History and run pages, for every signed-in role. */
@Controller
@RequestMapping("/runs")
class RunsController {

    /** Once applied, whatever a live plan would write again is drift (FAILED: maybe half done, so not). */
    private static final Set<RunStatus> APPLIED =
            EnumSet.of(RunStatus.APPLIED, RunStatus.VERIFIED, RunStatus.VERIFICATION_FAILED);

    private final RunHistory history;
    private final Runs runs;
    private final EventLog events;
    private final HistoryExports exports;
    private final LivePlans livePlans;
    private final Applies applies;
    private final ApplyProperties properties;
    private final Clock clock;

    RunsController(
            RunHistory history,
            Runs runs,
            EventLog events,
            HistoryExports exports,
            LivePlans livePlans,
            Applies applies,
            ApplyProperties properties,
            ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.history = history;
        this.runs = runs;
        this.events = events;
        this.exports = exports;
        this.livePlans = livePlans;
        this.applies = applies;
        this.properties = properties;
    }

    @ModelAttribute("nav")
    String nav() {
        return "runs";
    }

    /**
     * Newest first, keyset-paged: "Older" passes the last id as {@code before}. A filter that is not
     * valid shows its error and no runs at all: a list of every run under a filter the person
     * believes applied would be read as the filtered list.
     */
    @GetMapping
    String showHistory(@Valid @ModelAttribute("filter") HistoryQuery query, BindingResult result, Model model) {
        query.checkValues(result);
        model.addAttribute("statuses", RunStatus.values());
        model.addAttribute("workloads", Workload.values());
        model.addAttribute("moreFiltersOpen", query.usesMoreFilters() || result.hasErrors());
        model.addAttribute("filterInvalid", result.hasErrors());
        if (result.hasErrors()) {
            model.addAttribute("page", new HistoryPage(List.of(), null));
            return "runs/list";
        }
        Long before = query.beforeId();
        HistoryFilter filter = query.toFilter(result);
        HistoryPage page = history.search(filter, before, HistoryQuery.PAGE_SIZE);
        model.addAttribute("page", page);
        model.addAttribute("matching", history.count(filter, HistoryQuery.COUNTED_UP_TO));
        model.addAttribute("countedUpTo", HistoryQuery.COUNTED_UP_TO);
        model.addAttribute("olderUrl", page.nextBefore() == null ? null : HistoryLinks.page(filter, page.nextBefore()));
        model.addAttribute("newestUrl", before == null ? null : HistoryLinks.page(filter, null));
        model.addAttribute("csvUrl", HistoryLinks.export(filter, "csv"));
        model.addAttribute("jsonlUrl", HistoryLinks.export(filter, "jsonl"));
        return "runs/list";
    }

    /**
     * The history page's runs as a file, every page of them, with the same filters; a filter that is
     * not valid is refused (400), as the page lists nothing for it. The export is recorded before it
     * streams, and its file name says what was filtered and when.
     */
    @GetMapping("/export")
    ResponseEntity<StreamingResponseBody> showExport(
            @Valid @ModelAttribute("filter") HistoryQuery query,
            BindingResult result,
            @RequestParam(defaultValue = "csv") String format,
            Authentication user) {
        query.checkValues(result);
        ExportFormat chosen = ExportDownloads.format(format)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.BAD_REQUEST, "format"));
        if (result.hasErrors()) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "filter");
        }
        HistoryFilter filter = query.toFilter(result);
        var body = exports.export(filter, chosen, user.getName());
        return ExportDownloads.attachment(HistoryExportName.of(filter, clock.instant()), chosen, body::writeTo);
    }

    @GetMapping("/{runId}")
    String showRun(
            @PathVariable long runId,
            @RequestParam(defaultValue = "false") boolean expand,
            ActingUser user,
            Model model) {
        Run run = find(runId);
        model.addAttribute("run", run);
        model.addAttribute("actions", run.allowedActions(user));
        Optional<Run> unwire = runs.unwireOf(runId);
        model.addAttribute("unwire", unwire.orElse(null));
        model.addAttribute("mayUnwire", UnwireRules.refusal(run, user, unwire).isEmpty());
        ApplyPanel panel = ApplyPanel.of(
                run, user, livePlans.latest(runId), applies::progress, properties.awsAccess(), clock.instant());
        model.addAttribute("applyPanel", panel);
        model.addAttribute("progress", panel.progress());
        model.addAttribute("findings", Findings.bySeverity(run.findings()));
        model.addAttribute("picture", WiringPicture.of(run.input(), panel.plan(), APPLIED.contains(run.status())));
        model.addAttribute("documentRows", DocumentRows.of(run.documents(), panel.plan()));
        model.addAttribute("expanded", expand);
        List<RunEvent> runEvents = events.eventsOf(runId);
        model.addAttribute("events", runEvents);
        model.addAttribute("timeline", TimelineEntry.of(runEvents));
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
