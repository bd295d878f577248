package io.rolewire.web.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * Every API error: {@code {"errors": [{"field": "source.accountId", "message": "..."}]}}. {@code field}
 * is the dotted path of the input (as in the request body or query), or null when the problem is
 * not one field's (malformed JSON, unknown run, wrong method...).
 */
record ApiErrorResponse(List<ApiError> errors) {

    ApiErrorResponse {
        errors = List.copyOf(errors);
    }

    static ApiErrorResponse of(String field, String message) {
        return new ApiErrorResponse(List.of(new ApiError(field, message)));
    }

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ApiError(String field, String message) {}
}
