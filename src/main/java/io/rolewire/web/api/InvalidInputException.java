package io.rolewire.web.api;

import io.rolewire.wiring.Preview;
import io.rolewire.wiring.Violation;
import java.util.List;

/** The wiring core refused the input; {@link ApiExceptionHandler} turns it into a 400. */
class InvalidInputException extends RuntimeException {

    private final transient List<Violation> violations;

    InvalidInputException(List<Violation> violations) {
        super(violations.size() + " input violation(s)", null, false, false);
        this.violations = List.copyOf(violations);
    }

    /** Returns a valid preview, or throws with its violations. */
    static Preview requireValid(Preview preview) {
        if (!preview.valid()) {
            throw new InvalidInputException(preview.violations());
        }
        return preview;
    }

    List<Violation> violations() {
        return violations;
    }
}
