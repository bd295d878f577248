package io.rolewire.web.runs;

import io.rolewire.runs.ActingUser;
import io.rolewire.runs.RunLifecycle;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.runs.UnknownRunException;
import io.rolewire.web.FlashMessage;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The run page's lifecycle buttons. Each POST goes back to the run page (PRG) with a flash message:
 * what happened, or why the run refused (a refusal is the run's answer, not an error page).
 */
@Controller
@RequestMapping("/runs/{runId}")
class RunActionsController {

    private final RunLifecycle lifecycle;

    RunActionsController(RunLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @PostMapping("/submit")
    String processSubmit(@PathVariable long runId, ActingUser user, RedirectAttributes redirect) {
        return perform(runId, redirect, "lifecycle.flash.submitted", id -> lifecycle.submit(id, user));
    }

    /** @param planHash the hash shown on the page the admin read, so a changed plan is never approved */
    @PostMapping("/approve")
    String processApprove(
            @PathVariable long runId,
            @RequestParam(defaultValue = "") String planHash,
            ActingUser user,
            RedirectAttributes redirect) {
        return perform(runId, redirect, "lifecycle.flash.approved", id -> lifecycle.approve(id, user, planHash));
    }

    @PostMapping("/reject")
    String processReject(
            @PathVariable long runId,
            @RequestParam(defaultValue = "") String reason,
            ActingUser user,
            RedirectAttributes redirect) {
        return perform(runId, redirect, "lifecycle.flash.rejected", id -> lifecycle.reject(id, user, reason));
    }

    @PostMapping("/cancel")
    String processCancel(@PathVariable long runId, ActingUser user, RedirectAttributes redirect) {
        return perform(runId, redirect, "lifecycle.flash.cancelled", id -> lifecycle.cancel(id, user));
    }

    /** Not the shared 404 advice: the run id here comes from the domain's own exception. */
    @ExceptionHandler(UnknownRunException.class)
    ModelAndView handleUnknownRun() {
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        return page;
    }

    private static String perform(long runId, RedirectAttributes redirect, String done, Consumer<Long> transition) {
        try {
            transition.accept(runId);
            FlashMessage.success(redirect, done, String.valueOf(runId));
        } catch (TransitionRefused refused) {
            List<String> args = List.of(String.valueOf(runId), refused.status().name());
            redirect.addFlashAttribute(
                    FlashMessage.ATTRIBUTE,
                    new FlashMessage("danger", refused.reason().messageCode(), args));
        }
        return "redirect:/runs/" + runId;
    }
}
