package io.rolewire.web.runs;

import io.rolewire.apply.ApplyProperties;
import io.rolewire.apply.LivePlans;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Run;
import io.rolewire.runs.Runs;
import java.time.Clock;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The confirmation pages of approve and apply (issue 11): a GET that changes nothing and says what
 * the POST of the same URL will write, in which account, by whom. A user the run's rules refuse goes
 * back to the run with the reason, as the POST would.
 */
@Controller
@RequestMapping("/runs/{runId}")
class ConfirmController {

    private final Runs runs;
    private final LivePlans livePlans;
    private final ApplyProperties properties;

    private final Clock clock;

    ConfirmController(Runs runs, LivePlans livePlans, ApplyProperties properties, ObjectProvider<Clock> clock) {
        this.runs = runs;
        this.livePlans = livePlans;
        this.properties = properties;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    @GetMapping("/approve")
    String showApprove(@PathVariable long runId, ActingUser user, Model model, RedirectAttributes redirect) {
        Run run = find(runId);
        return run.approveRefusal(user)
                .map(refusal -> RunRedirects.refused(run, refusal, redirect))
                .orElseGet(() -> show(
                        model,
                        Confirmation.approve(
                                run, user, livePlans.latest(runId), properties.awsAccess(), clock.instant())));
    }

    @GetMapping("/apply")
    String showApply(@PathVariable long runId, ActingUser user, Model model, RedirectAttributes redirect) {
        Run run = find(runId);
        return run.applyRefusal(user)
                .map(refusal -> RunRedirects.refused(run, refusal, redirect))
                .orElseGet(() -> show(
                        model,
                        Confirmation.apply(
                                run, user, livePlans.latest(runId), properties.awsAccess(), clock.instant())));
    }

    private static String show(Model model, Confirmation confirmation) {
        model.addAttribute("confirmation", confirmation);
        model.addAttribute("nav", "runs");
        return "runs/confirm";
    }

    private Run find(long runId) {
        return runs.find(runId).orElseThrow(() -> new RunNotFoundException(runId));
    }
}
