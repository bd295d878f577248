package io.rolewire.web.runs;

import io.rolewire.apply.Applies;
import io.rolewire.apply.Unwires;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Approvals;
import io.rolewire.runs.Run;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.web.FlashMessage;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The run page's lifecycle buttons. Each POST goes back to the run page (PRG) with a flash message:
 * what happened, or why the run refused (see {@link RunRedirects}).
 */
@Controller
@RequestMapping("/runs/{runId}")
class RunActionsController {

    private final RunLifecycle lifecycle;
    private final Applies applies;
    private final Approvals approvals;
    private final Unwires unwires;

    RunActionsController(RunLifecycle lifecycle, Applies applies, Approvals approvals, Unwires unwires) {
        this.unwires = unwires;
        this.lifecycle = lifecycle;
        this.applies = applies;
        this.approvals = approvals;
    }

    @PostMapping("/submit")
    String processSubmit(@PathVariable long runId, ActingUser user, RedirectAttributes redirect) {
        return RunRedirects.perform(runId, redirect, () -> {
            lifecycle.submit(runId, user);
            return RunRedirects.success("lifecycle.flash.submitted", runId);
        });
    }

    /**
     * The approval reads the live plan again (when AWS access is on) and binds to it.
     *
     * @param planHash the hash shown on the page the admin read (the live plan's, else the
     *     documents'), so a plan that changed since is never approved
     * @param unwireAtExpiry the admin also approves the un-wire at the run's end of access (ADR 019)
     */
    @PostMapping("/approve")
    String processApprove(
            @PathVariable long runId,
            @RequestParam(defaultValue = "") String planHash,
            @RequestParam(defaultValue = "false") boolean unwireAtExpiry,
            ActingUser user,
            RedirectAttributes redirect) {
        return RunRedirects.perform(runId, redirect, () -> {
            if (unwireAtExpiry) {
                approvals.approve(runId, user, planHash, true);
            } else {
                approvals.approve(runId, user, planHash);
            }
            return RunRedirects.success("lifecycle.flash.approved", runId);
        });
    }

    @PostMapping("/reject")
    String processReject(
            @PathVariable long runId,
            @RequestParam(defaultValue = "") String reason,
            ActingUser user,
            RedirectAttributes redirect) {
        return RunRedirects.perform(runId, redirect, () -> {
            lifecycle.reject(runId, user, reason);
            return RunRedirects.success("lifecycle.flash.rejected", runId);
        });
    }

    /** Creates the run that un-wires this one (ADR 018) and opens it; a refusal stays on this run. */
    @PostMapping("/unwire")
    String processUnwire(@PathVariable long runId, ActingUser user, RedirectAttributes redirect) {
        AtomicLong opened = new AtomicLong(runId);
        RunRedirects.perform(runId, redirect, () -> {
            Run unwire = unwires.start(runId, user);
            opened.set(unwire.id());
            return new FlashMessage(
                    "success",
                    "lifecycle.flash.unwireStarted",
                    List.of(String.valueOf(unwire.id()), String.valueOf(runId)));
        });
        return "redirect:/runs/" + opened.get();
    }

    @PostMapping("/cancel")
    String processCancel(@PathVariable long runId, ActingUser user, RedirectAttributes redirect) {
        return RunRedirects.perform(runId, redirect, () -> {
            lifecycle.cancel(runId, user);
            return RunRedirects.success("lifecycle.flash.cancelled", runId);
        });
    }
}
