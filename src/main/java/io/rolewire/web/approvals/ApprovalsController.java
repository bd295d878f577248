package io.rolewire.web.approvals;

import io.rolewire.apply.LivePlans;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.RunLifecycle;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The admins' queue: every SUBMITTED run, oldest submission first, with the live plan last read for
 * it (never read here: that would call AWS for every run of the queue).
 */
@Controller
class ApprovalsController {

    static final int QUEUE_SIZE = 100;

    private final RunLifecycle lifecycle;
    private final LivePlans livePlans;

    ApprovalsController(RunLifecycle lifecycle, LivePlans livePlans) {
        this.lifecycle = lifecycle;
        this.livePlans = livePlans;
    }

    @GetMapping("/approvals")
    String showPending(ActingUser user, Model model) {
        model.addAttribute("nav", "approvals");
        model.addAttribute(
                "pending",
                lifecycle.awaitingApproval(QUEUE_SIZE).stream()
                        .map(run -> PendingApproval.of(run, livePlans.latest(run.id()), user))
                        .toList());
        return "approvals/list";
    }
}
