package io.rolewire.web.runs;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.audit.HistoryOrder;
import io.rolewire.runs.RunStatus;
import io.rolewire.wiring.Workload;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.springframework.validation.Errors;

/**
 * The history filters as typed into the GET form. Bad values never fail the page: a field with an
 * error is shown with its message and left out of the search; a bad {@code before} is ignored.
 */
record HistoryQuery(
        @Pattern(regexp = "\\s*\\d{0,12}\\s*", message = "{runs.filter.accountId.invalid}")
        String accountId,

        @Size(max = 64, message = "{runs.filter.tooLong}") String roleName,
        String status,
        @Size(max = 64, message = "{runs.filter.tooLong}") String createdBy,

        @Pattern(regexp = "\\s*\\d{0,12}\\s*", message = "{runs.filter.accountId.invalid}")
        String sourceAccountId,

        @Pattern(regexp = "\\s*\\d{0,12}\\s*", message = "{runs.filter.accountId.invalid}")
        String destinationAccountId,

        String workload,
        String createdFrom,
        String createdTo,
        @Size(max = 64, message = "{runs.filter.tooLong}") String text,
        String sort,
        String before,
        @Size(max = 64, message = "{runs.filter.tooLong}") String approvedBy) {

    static final int PAGE_SIZE = 20;

    /** The row count is exact up to here; past it the page says "more than". */
    static final int COUNTED_UP_TO = 1000;

    /** Whether a filter behind "More filters" is set, so the page opens that section. */
    boolean usesMoreFilters() {
        return present(accountId)
                || present(roleName)
                || present(status)
                || present(createdBy)
                || present(approvedBy)
                || present(sourceAccountId)
                || present(destinationAccountId)
                || present(workload)
                || present(createdFrom)
                || present(createdTo)
                || "oldest".equals(sort);
    }

    /** Values Bean Validation cannot check: enum names and ISO dates. */
    void checkValues(Errors errors) {
        check(errors, "status", status, v -> RunStatus.valueOf(v), "runs.filter.status.invalid");
        check(errors, "workload", workload, v -> Workload.valueOf(v), "runs.filter.workload.invalid");
        check(errors, "createdFrom", createdFrom, LocalDate::parse, "runs.filter.date.invalid");
        check(errors, "createdTo", createdTo, LocalDate::parse, "runs.filter.date.invalid");
    }

    HistoryFilter toFilter(Errors errors) {
        return new HistoryFilter(
                        valid("accountId", accountId, errors),
                        valid("roleName", roleName, errors),
                        parsed("status", status, errors, RunStatus::valueOf),
                        valid("createdBy", createdBy, errors),
                        valid("sourceAccountId", sourceAccountId, errors),
                        valid("destinationAccountId", destinationAccountId, errors),
                        parsed("workload", workload, errors, Workload::valueOf),
                        parsed("createdFrom", createdFrom, errors, LocalDate::parse),
                        parsed("createdTo", createdTo, errors, LocalDate::parse),
                        valid("text", text, errors),
                        oldestFirst() ? HistoryOrder.OLDEST_FIRST : null)
                .approvedBy(valid("approvedBy", approvedBy, errors));
    }

    boolean oldestFirst() {
        return "oldest".equals(sort);
    }

    /** Only run ids are accepted; anything else means "from the start". */
    Long beforeId() {
        String value = before == null ? "" : before.strip();
        return value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    private static void check(Errors errors, String field, String value, Parser<?> parser, String code) {
        if (present(value) && !errors.hasFieldErrors(field)) {
            try {
                parser.parse(value.strip());
            } catch (IllegalArgumentException | DateTimeParseException e) {
                errors.rejectValue(field, code);
            }
        }
    }

    private static <T> T parsed(String field, String value, Errors errors, Parser<T> parser) {
        String text = valid(field, value, errors);
        return text == null ? null : parser.parse(text);
    }

    private static String valid(String field, String value, Errors errors) {
        return errors.hasFieldErrors(field) || !present(value) ? null : value.strip();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }

    @FunctionalInterface
    interface Parser<T> {
        T parse(String value);
    }
}
