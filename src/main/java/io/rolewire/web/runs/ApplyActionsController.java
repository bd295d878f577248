package io.rolewire.web.runs;

import io.rolewire.apply.Applies;
import io.rolewire.apply.LivePlan;
import io.rolewire.apply.LivePlans;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.RunStatus;
import io.rolewire.runs.Runs;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The run page's AWS buttons (read the live state, apply, retry, re-verify), each a PRG back to the
 * run with a flash message, and the steps fragment that {@code /js/rolewire.js} polls while an
 * apply runs (the page shows the same fragment at load, so it works without JavaScript).
 */
@Controller
@RequestMapping("/runs/{runId}")
class ApplyActionsController {

    private final LivePlans livePlans;
    private final Applies applies;
    private final Runs runs;

    ApplyActionsController(LivePlans livePlans, Applies applies, Runs runs) {
        this.livePlans = livePlans;
        this.applies = applies;
        this.runs = runs;
    }

    @PostMapping("/live-plan")
    String processLivePlan(@PathVariable long runId, ActingUser user, RedirectAttributes redirect) {
        return RunRedirects.perform(runId, redirect, () -> {
            LivePlan plan = livePlans.refresh(runId, user);
            return plan.awsAccess() && !plan.complete()
                    ? RunRedirects.warning("livePlan.flash.incomplete", runId)
                    : RunRedirects.success("livePlan.flash.read", runId);
        });
    }

    @PostMapping("/apply")
    String processApply(@PathVariable long runId, ActingUser user, RedirectAttributes redirect) {
        return RunRedirects.perform(runId, redirect, () -> {
            applies.apply(runId, user);
            return RunRedirects.success("lifecycle.flash.applyStarted", runId);
        });
    }

    @PostMapping("/retry")
    String processRetry(@PathVariable long runId, ActingUser user, RedirectAttributes redirect) {
        return RunRedirects.perform(runId, redirect, () -> {
            applies.retry(runId, user);
            return RunRedirects.success("lifecycle.flash.retryStarted", runId);
        });
    }

    @PostMapping("/reverify")
    String processReverify(@PathVariable long runId, ActingUser user, RedirectAttributes redirect) {
        return RunRedirects.perform(runId, redirect, () -> {
            RunStatus after = applies.reverify(runId, user).status();
            return after == RunStatus.VERIFIED
                    ? RunRedirects.success("lifecycle.flash.reverified", runId)
                    : RunRedirects.warning("lifecycle.flash.reverifyFailed", runId);
        });
    }

    /** The steps and the progress bar only: the same fragment as on the run page. */
    @GetMapping("/progress")
    String showProgress(@PathVariable long runId, Model model) {
        runs.find(runId).orElseThrow(() -> new RunNotFoundException(runId));
        model.addAttribute("progress", applies.progress(runId));
        return "runs/detail :: progress";
    }
}
