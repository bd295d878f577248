package io.rolewire.web.api;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryOrder;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Workload;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The query parameters of {@code GET /api/v1/runs} (and its exports). Unknown parameters are ignored,
 * as is usual for query strings; every known one is checked. Values that cannot be converted at all
 * ({@code size=abc}, {@code status=NOPE}, {@code createdFrom=2026-13-01}) are reported together; the
 * constraints below are checked once every value converts (Spring does not validate a record it
 * could not construct).
 *
 * @param createdFrom first UTC day, ISO {@code YYYY-MM-DD}
 * @param createdTo last UTC day, included
 * @param text prefix of either role name or the ECS task family, case-sensitive
 * @param sort {@code newest} (default) or {@code oldest}
 * @param before the {@code nextBefore} of the previous page (the cursor, in either order)
 * @param size 1..100, default {@value #DEFAULT_SIZE}
 * @param approvedBy the admin who approved the run
 */
record RunQuery(
        @Pattern(regexp = "(\\d{12})?") String accountId,
        @Size(max = 64) String roleName,
        RunStatus status,
        @Size(max = 128) String createdBy,
        @Pattern(regexp = "(\\d{12})?") String sourceAccountId,
        @Pattern(regexp = "(\\d{12})?") String destinationAccountId,
        Workload workload,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo,
        @Size(max = 64) String text,
        @Pattern(regexp = "newest|oldest") String sort,
        @Positive Long before,
        @Min(1) @Max(100) Integer size,
        @Size(max = 128) String approvedBy) {

    static final int DEFAULT_SIZE = 20;

    HistoryFilter filter() {
        return new HistoryFilter(
                        blankToNull(accountId),
                        blankToNull(roleName),
                        status,
                        blankToNull(createdBy),
                        blankToNull(sourceAccountId),
                        blankToNull(destinationAccountId),
                        workload,
                        createdFrom,
                        createdTo,
                        blankToNull(text),
                        "oldest".equals(sort) ? HistoryOrder.OLDEST_FIRST : null)
                .approvedBy(blankToNull(approvedBy));
    }

    int pageSize() {
        return size == null ? DEFAULT_SIZE : size;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
