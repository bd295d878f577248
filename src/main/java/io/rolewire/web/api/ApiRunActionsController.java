package io.rolewire.web.api;

import io.rolewire.apply.Applies;
import io.rolewire.apply.Unwires;
import io.rolewire.runs.ActingUser;
import io.rolewire.runs.Approvals;
import io.rolewire.runs.RunLifecycle;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Lifecycle transitions over JSON. The security configuration lets only the roles that could ever
 * succeed through; the run aggregate decides the rest (four eyes, plan hash, state). A refusal is
 * 409 (state, stale plan, concurrent change), 403 (wrong role or person) or 400 (missing reason);
 * an apply refused by AWS or the live plan ({@code ApplyRefused}) is a 409 too (see
 * {@link ApiExceptionHandler}). Apply and retry run in the background: 202 with the run as it is.
 */
@RestController
@RequestMapping("/api/v1/runs/{id}")
class ApiRunActionsController {

    /** @param unwireAtExpiry optional: also approve the un-wire at the run's end of access (ADR 019) */
    record ApproveRequest(@NotBlank String planHash, Boolean unwireAtExpiry) {

        boolean inAdvance() {
            return Boolean.TRUE.equals(unwireAtExpiry);
        }
    }

    record RejectRequest(String reason) {}

    private final RunLifecycle lifecycle;
    private final Applies applies;
    private final Approvals approvals;
    private final ApiViews views;
    private final Unwires unwires;

    ApiRunActionsController(
            RunLifecycle lifecycle, Applies applies, Approvals approvals, ApiViews views, Unwires unwires) {
        this.unwires = unwires;
        this.lifecycle = lifecycle;
        this.applies = applies;
        this.approvals = approvals;
        this.views = views;
    }

    @PostMapping("/submit")
    RunResponse processSubmit(@PathVariable long id, ActingUser user) {
        return views.runAfter(() -> lifecycle.submit(id, user));
    }

    /** Bound to the live plan read now; {@code planHash} is the one the client was shown. */
    @PostMapping("/approve")
    RunResponse processApprove(@PathVariable long id, @Valid @RequestBody ApproveRequest body, ActingUser user) {
        return views.run(
                body.inAdvance()
                        ? approvals.approve(id, user, body.planHash(), true)
                        : approvals.approve(id, user, body.planHash()));
    }

    @PostMapping("/reject")
    RunResponse processReject(@PathVariable long id, @RequestBody RejectRequest body, ActingUser user) {
        return views.runAfter(() -> lifecycle.reject(id, user, body.reason()));
    }

    @PostMapping("/cancel")
    RunResponse processCancel(@PathVariable long id, ActingUser user) {
        return views.runAfter(() -> lifecycle.cancel(id, user));
    }

    /** 202: the run is APPLYING; {@code GET .../steps} follows it. */
    @PostMapping("/apply")
    ResponseEntity<RunResponse> processApply(@PathVariable long id, ActingUser user) {
        return ResponseEntity.accepted().body(views.run(applies.apply(id, user)));
    }

    /** 201: the new UNWIRE run, SUBMITTED (ADR 018); 409 when this run cannot be un-wired now. */
    @PostMapping("/unwire")
    ResponseEntity<RunResponse> processUnwire(@PathVariable long id, ActingUser user) {
        RunResponse created = views.run(unwires.start(id, user));
        URI location = ServletUriComponentsBuilder.fromCurrentContextPath()
                .path("/api/v1/runs/{id}")
                .buildAndExpand(created.id())
                .toUri();
        return ResponseEntity.created(location).body(created);
    }

    @PostMapping("/retry")
    ResponseEntity<RunResponse> processRetry(@PathVariable long id, ActingUser user) {
        return ResponseEntity.accepted().body(views.run(applies.retry(id, user)));
    }

    /** Synchronous: the run comes back VERIFIED or VERIFICATION_FAILED. */
    @PostMapping("/reverify")
    RunResponse processReverify(@PathVariable long id, ActingUser user) {
        return views.run(applies.reverify(id, user));
    }
}
