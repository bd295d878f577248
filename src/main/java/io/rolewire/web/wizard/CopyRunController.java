package io.rolewire.web.wizard;

import io.rolewire.runs.Actor;
import io.rolewire.runs.Run;
import io.rolewire.runs.Runs;
import io.rolewire.web.FlashMessage;
import io.rolewire.web.NotFoundException;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Copy into a new wiring": a new wizard draft of the signed-in user, holding a stored run's inputs,
 * whatever the run's state (a rejected or failed run is the usual reason to start again). The run
 * itself is not touched; the copy is checked again step by step like any draft.
 */
@Controller
class CopyRunController {

    private final Runs runs;
    private final WizardStore store;

    CopyRunController(Runs runs, WizardStore store) {
        this.runs = runs;
        this.store = store;
    }

    @PostMapping("/wizard/from-run/{runId}")
    String processCopy(@PathVariable long runId, Actor actor, RedirectAttributes redirect) {
        Run run = runs.find(runId).orElseThrow(() -> new NoSuchRun(runId));
        UUID draftId = store.startFrom(actor, run.input());
        FlashMessage.success(redirect, "wizard.flash.copied", String.valueOf(runId));
        return WizardController.redirectTo(draftId, Step.WORKLOAD);
    }

    /** Copying a run that does not exist is a 404, like reading it. */
    static final class NoSuchRun extends NotFoundException {

        NoSuchRun(long runId) {
            super("no run " + runId);
        }
    }
}
