package io.rolewire.web.audit;

import io.rolewire.audit.Checkpoints;
import io.rolewire.web.FlashMessage;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Signs a checkpoint of the record's head on demand (besides the schedule); back to the integrity page. */
@Controller
class CheckpointsController {

    private final Checkpoints checkpoints;

    CheckpointsController(Checkpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @PostMapping("/audit/checkpoints")
    String processCheckpoint(RedirectAttributes redirect) {
        String code =
                checkpoints.checkpointNow().isPresent() ? "audit.checkpoint.signed" : "audit.checkpoint.unchanged";
        FlashMessage.success(redirect, code);
        return "redirect:/audit/integrity#checkpoints";
    }
}
