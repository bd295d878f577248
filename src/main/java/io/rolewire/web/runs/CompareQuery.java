package io.rolewire.web.runs;

import jakarta.validation.constraints.Pattern;

/** The two runs to compare, as typed: digits only, both needed before anything is compared. */
record CompareQuery(
        @Pattern(regexp = "\\s*\\d{0,18}\\s*", message = "{compare.run.format}")
        String left,

        @Pattern(regexp = "\\s*\\d{0,18}\\s*", message = "{compare.run.format}")
        String right) {

    boolean complete() {
        return left != null && !left.isBlank() && right != null && !right.isBlank();
    }

    long leftId() {
        return Long.parseLong(left.strip());
    }

    long rightId() {
        return Long.parseLong(right.strip());
    }
}
