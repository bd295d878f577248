package io.rolewire.web.runs;

import io.rolewire.audit.HistoryFilter;
import io.rolewire.runs.RunStatus;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.validation.Errors;
import org.springframework.web.util.UriComponentsBuilder;

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
        String before) {

    static final int PAGE_SIZE = 20;

    /** A status is valid when it names one; Bean Validation cannot list an enum's names. */
    void checkStatus(Errors errors) {
        if (present(status) && statusValue().isEmpty()) {
            errors.rejectValue("status", "runs.filter.status.invalid");
        }
    }

    HistoryFilter toFilter(Errors errors) {
        return new HistoryFilter(
                valid("accountId", accountId, errors),
                valid("roleName", roleName, errors),
                errors.hasFieldErrors("status") ? null : statusValue().orElse(null),
                valid("createdBy", createdBy, errors));
    }

    /** Only run ids are accepted; anything else means "from the newest". */
    Long beforeId() {
        String value = before == null ? "" : before.strip();
        return value.matches("\\d{1,18}") ? Long.valueOf(value) : null;
    }

    /** This page's filters (the valid ones) with another {@code before}. */
    String link(Errors errors, Long newBefore) {
        HistoryFilter filter = toFilter(errors);
        return UriComponentsBuilder.fromPath("/runs")
                .queryParamIfPresent("accountId", Optional.ofNullable(filter.accountId()))
                .queryParamIfPresent("roleName", Optional.ofNullable(filter.roleName()))
                .queryParamIfPresent("status", Optional.ofNullable(filter.status()))
                .queryParamIfPresent("createdBy", Optional.ofNullable(filter.createdBy()))
                .queryParamIfPresent("before", Optional.ofNullable(newBefore))
                .encode()
                .build()
                .toUriString();
    }

    private Optional<RunStatus> statusValue() {
        String value = present(status) ? status.strip() : "";
        return Arrays.stream(RunStatus.values())
                .filter(s -> s.name().equals(value))
                .findFirst();
    }

    private static String valid(String field, String value, Errors errors) {
        return errors.hasFieldErrors(field) || !present(value) ? null : value.strip();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
