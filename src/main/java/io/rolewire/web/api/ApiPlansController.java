package io.rolewire.web.api;

import io.rolewire.wiring.Wiring;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** {@code POST /api/v1/plans}: the preview of a wiring, for any signed-in user. Stores nothing. */
@RestController
class ApiPlansController {

    private final Wiring wiring;
    private final ApiViews views;

    ApiPlansController(Wiring wiring, ApiViews views) {
        this.wiring = wiring;
        this.views = views;
    }

    @PostMapping("/api/v1/plans")
    PlanResponse processPlan(@Valid @RequestBody WiringRequest request) {
        return views.plan(InvalidInputException.requireValid(wiring.preview(request.toInput())));
    }
}
