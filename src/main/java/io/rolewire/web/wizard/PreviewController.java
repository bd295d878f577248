package io.rolewire.web.wizard;

import io.rolewire.apply.LivePlan;
import io.rolewire.apply.LivePlans;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Actor;
import io.rolewire.runs.Runs;
import io.rolewire.runs.WizardDrafts;
import io.rolewire.web.DocumentDownloads;
import io.rolewire.web.DocumentNotFoundException;
import io.rolewire.web.DocumentRows;
import io.rolewire.web.Findings;
import io.rolewire.web.FlashMessage;
import io.rolewire.web.PlanFindings;
import io.rolewire.web.picture.WiringPicture;
import io.rolewire.wiring.Finding;
import io.rolewire.wiring.Preview;
import io.rolewire.wiring.Wiring;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The last wizard step: every rendered document with its findings, downloads, and saving the
 * wizard as a DRAFT run. Nothing invalid gets here: the whole input is checked again first, and
 * the first step that would not pass is shown with its errors instead. Saving closes the wizard
 * draft: it leaves the home page's drafts, and saving it again leads to the run already saved.
 */
@Controller
@RequestMapping("/wizard/{draftId}")
class PreviewController {

    private final WizardStore store;
    private final WizardChecks checks;
    private final Wiring wiring;
    private final Runs runs;
    private final LivePlans livePlans;
    private final RegionChoices regions;
    private final OpenRunFindings openRuns;

    PreviewController(
            WizardStore store,
            WizardChecks checks,
            Wiring wiring,
            Runs runs,
            LivePlans livePlans,
            RegionChoices regions,
            OpenRunFindings openRuns) {
        this.store = store;
        this.checks = checks;
        this.wiring = wiring;
        this.runs = runs;
        this.livePlans = livePlans;
        this.regions = regions;
        this.openRuns = openRuns;
    }

    @ModelAttribute("nav")
    String nav() {
        return "wizard";
    }

    /** @param live compare with the live accounts too (reads AWS; stores and records nothing) */
    @GetMapping("/preview")
    String showPreview(
            @PathVariable UUID draftId,
            @RequestParam(defaultValue = "false") boolean live,
            @RequestParam(defaultValue = "false") boolean expand,
            Actor actor,
            ActingUser user,
            Model model,
            RedirectAttributes redirect) {
        WizardState state = store.load(draftId, actor);
        Checked checked = check(state);
        if (checked.stepToFix() != null) {
            return fixFirst(draftId, checked.stepToFix(), redirect);
        }
        Preview preview = checked.preview();
        WizardPage.describe(
                Step.PREVIEW, draftId, state, regions.offered(state.workload().region()), model);
        model.addAttribute("input", state.toInput());
        model.addAttribute("preview", preview);
        List<Finding> findings = new ArrayList<>(preview.findings());
        openRuns.of(state.toInput()).ifPresent(findings::add);
        model.addAttribute("findings", Findings.bySeverity(findings));
        LivePlan plan = live ? livePlans.preview(state.toInput(), preview, user) : null;
        if (plan != null) {
            model.addAttribute("livePlan", plan);
            model.addAttribute("planFindings", PlanFindings.byOrigin(plan.findings()));
        }
        model.addAttribute("picture", WiringPicture.of(state.toInput(), plan, false));
        model.addAttribute("documentRows", DocumentRows.of(preview.documents(), plan));
        model.addAttribute("expanded", expand);
        return Step.PREVIEW.view();
    }

    /** {@code planHash} is the one the operator saw: if the draft changed since, show it again. */
    @PostMapping("/preview")
    String processPreview(
            @PathVariable UUID draftId,
            @RequestParam(required = false) String planHash,
            Actor actor,
            RedirectAttributes redirect) {
        WizardState state = store.load(draftId, actor);
        Optional<Long> saved = store.savedRun(draftId, actor);
        if (saved.isPresent()) {
            return alreadySaved(saved.get(), redirect);
        }
        Checked checked = check(state);
        if (checked.stepToFix() != null) {
            return fixFirst(draftId, checked.stepToFix(), redirect);
        }
        Preview preview = checked.preview();
        if (!preview.planHash().equals(planHash)) {
            FlashMessage.warning(redirect, "wizard.flash.changed");
            return WizardController.redirectTo(draftId, Step.PREVIEW);
        }
        WizardDrafts.SavedRun run = store.saveAsRunOnce(
                draftId,
                actor,
                () -> runs.createDraft(state.toInput(), preview, actor).id());
        if (run.alreadySaved()) {
            return alreadySaved(run.runId(), redirect);
        }
        FlashMessage.success(redirect, "runs.flash.saved", String.valueOf(run.runId()));
        return "redirect:/runs/" + run.runId();
    }

    /** Back, then Save again (or a second click): the draft is closed and its run exists already. */
    private static String alreadySaved(long runId, RedirectAttributes redirect) {
        FlashMessage.warning(redirect, "wizard.flash.alreadySaved", String.valueOf(runId));
        return "redirect:/runs/" + runId;
    }

    @GetMapping("/documents/{key}")
    ResponseEntity<String> showDocument(@PathVariable UUID draftId, @PathVariable String key, Actor actor) {
        Preview preview = check(store.load(draftId, actor)).preview();
        return Optional.ofNullable(preview)
                .flatMap(p -> p.document(key))
                .map(DocumentDownloads::attachment)
                .orElseThrow(() -> new DocumentNotFoundException(key));
    }

    /** Either the preview of an input that passes every step, or the first step to fix. */
    private record Checked(Preview preview, Step stepToFix) {}

    private Checked check(WizardState state) {
        Optional<Step> invalid = checks.firstInvalidStep(state);
        if (invalid.isPresent()) {
            return new Checked(null, invalid.get());
        }
        Preview preview = wiring.preview(state.toInput());
        if (!preview.valid()) {
            return new Checked(null, Step.owning(preview.violations().get(0).field()));
        }
        return new Checked(preview, null);
    }

    private static String fixFirst(UUID draftId, Step step, RedirectAttributes redirect) {
        FlashMessage.warning(redirect, "wizard.flash.fixFirst");
        return WizardController.redirectTo(draftId, step) + "?check";
    }
}
