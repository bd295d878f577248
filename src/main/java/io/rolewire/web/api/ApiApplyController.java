package io.rolewire.web.api;

import io.rolewire.apply.Applies;
import io.rolewire.apply.LivePlans;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Runs;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A run's live plan (read any time by any signed-in user; refreshed by operators and admins, since
 * that calls AWS) and the steps of its apply, with the verification.
 */
@RestController
@RequestMapping("/api/v1/runs/{id}")
class ApiApplyController {

    private final Runs runs;
    private final LivePlans livePlans;
    private final Applies applies;
    private final ApplyViews views;

    ApiApplyController(Runs runs, LivePlans livePlans, Applies applies, ApplyViews views) {
        this.runs = runs;
        this.livePlans = livePlans;
        this.applies = applies;
        this.views = views;
    }

    /** The plan last read; 404 when the run is unknown or none was read yet (the message says which). */
    @GetMapping("/plan")
    LivePlanResponse showPlan(@PathVariable long id) {
        requireRun(id);
        return livePlans.latest(id).map(views::plan).orElseThrow(() -> new LivePlanNotFoundException(id));
    }

    /** Reads both accounts now; an unreachable account is reported in the plan, not as an error. */
    @PostMapping("/plan")
    LivePlanResponse processPlan(@PathVariable long id, ActingUser user) {
        return views.plan(livePlans.refresh(id, user));
    }

    @GetMapping("/steps")
    StepsResponse showSteps(@PathVariable long id) {
        requireRun(id);
        return views.steps(applies.progress(id));
    }

    private void requireRun(long id) {
        if (runs.find(id).isEmpty()) {
            throw new RunNotFoundException(id);
        }
    }
}
