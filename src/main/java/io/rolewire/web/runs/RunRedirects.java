package io.rolewire.web.runs;

import io.rolewire.apply.ApplyRefused;
import io.rolewire.runs.Refusal;
import io.rolewire.runs.Run;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.web.FlashMessage;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * How every button of the run page ends: back to the run (PRG) with a flash message saying what
 * happened, or why the run (a lifecycle rule) or the apply (AWS, the live plan) refused. A refusal
 * is the run's answer, not an error page.
 */
final class RunRedirects {

    private RunRedirects() {}

    static String perform(long runId, RedirectAttributes redirect, Supplier<FlashMessage> action) {
        FlashMessage message;
        try {
            message = action.get();
        } catch (TransitionRefused refused) {
            message = new FlashMessage(
                    "danger",
                    refused.reason().messageCode(),
                    List.of(String.valueOf(runId), refused.status().name()));
        } catch (ApplyRefused refused) {
            message = applyRefusal(refused, runId);
        }
        redirect.addFlashAttribute(FlashMessage.ATTRIBUTE, message);
        return "redirect:/runs/" + runId;
    }

    /** Back to the run with why its rules refuse this user, before anything was shown or done. */
    static String refused(Run run, Refusal refusal, RedirectAttributes redirect) {
        redirect.addFlashAttribute(
                FlashMessage.ATTRIBUTE,
                new FlashMessage(
                        "danger",
                        refusal.messageCode(),
                        List.of(String.valueOf(run.id()), run.status().name())));
        return "redirect:/runs/" + run.id();
    }

    private static FlashMessage applyRefusal(ApplyRefused refused, long runId) {
        if (refused.reason() == ApplyRefused.Reason.ACCOUNT_UNREACHABLE) {
            // the run page says why once, with each account: not again in the flash
            return new FlashMessage("danger", "livePlan.flash.unreachable", List.of(String.valueOf(runId)));
        }
        List<String> args =
                Arrays.stream(refused.messageArguments()).map(String::valueOf).toList();
        return new FlashMessage("danger", refused.messageCode(), args);
    }

    static FlashMessage success(String code, long runId) {
        return new FlashMessage("success", code, List.of(String.valueOf(runId)));
    }

    static FlashMessage warning(String code, long runId) {
        return new FlashMessage("warning", code, List.of(String.valueOf(runId)));
    }
}
