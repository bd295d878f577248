package io.rolewire.web.approvals;

import io.rolewire.runs.RunLifecycle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admins' queue: every SUBMITTED run, oldest submission first. */
@Controller
class ApprovalsController {

    static final int QUEUE_SIZE = 100;

    private final RunLifecycle lifecycle;

    ApprovalsController(RunLifecycle lifecycle) {
        this.lifecycle = lifecycle;
    }

    @GetMapping("/approvals")
    String showPending(Model model) {
        model.addAttribute("nav", "approvals");
        model.addAttribute(
                "pending",
                lifecycle.awaitingApproval(QUEUE_SIZE).stream()
                        .map(PendingApproval::of)
                        .toList());
        return "approvals/list";
    }
}
