package io.rolewire.web.api;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.runs.RunStatus;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * The query parameters of {@code GET /api/v1/runs}. Unknown parameters are ignored, as is usual for
 * query strings; every known one is checked. Values that cannot be converted at all ({@code size=abc},
 * {@code status=NOPE}) are reported together; the constraints below are checked once every value
 * converts (Spring does not validate a record it could not construct).
 *
 * @param before only runs with a smaller id (from the {@code nextBefore} of the previous page)
 * @param size 1..100, default {@value #DEFAULT_SIZE}
 */
record RunQuery(
        @Pattern(regexp = "(\\d{12})?") String accountId,
        @Size(max = 64) String roleName,
        RunStatus status,
        @Size(max = 128) String createdBy,
        @Positive Long before,
        @Min(1) @Max(100) Integer size) {

    static final int DEFAULT_SIZE = 20;

    HistoryFilter filter() {
        return new HistoryFilter(blankToNull(accountId), blankToNull(roleName), status, blankToNull(createdBy));
    }

    int pageSize() {
        return size == null ? DEFAULT_SIZE : size;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
