package io.rolewire.web.api;

import io.rolewire.apply.ApplyRefused;
import io.rolewire.runs.UnknownRunException;
import io.rolewire.web.api.ApiErrorResponse.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * Error bodies for the JSON API's controllers only (this package): the browser's error pages are
 * not affected. Every refusal is {@code {"errors": [{"field", "message"}]}}; an unexpected
 * exception is logged and answered with a generic 500, never with its text or a stack trace.
 * Ordered first so Boot's problem-details handler does not answer for these controllers.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    private final ApiErrors errors;
    private final JsonProblems json;
    private final StatusErrors statuses;

    ApiExceptionHandler(MessageSource messages) {
        this.errors = new ApiErrors(messages);
        this.json = new JsonProblems(errors);
        this.statuses = new StatusErrors(errors);
    }

    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleInvalidInput(InvalidInputException invalid) {
        return badRequest(invalid.violations().stream().map(errors::violation).toList());
    }

    /** Bean Validation of a body ({@code MethodArgumentNotValidException}) or of query parameters. */
    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleBinding(BindException invalid) {
        return badRequest(invalid.getFieldErrors().stream().map(errors::field).toList());
    }

    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleUnreadable(HttpMessageNotReadableException unreadable) {
        return badRequest(List.of(json.explain(unreadable)));
    }

    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handlePathMismatch(MethodArgumentTypeMismatchException mismatch) {
        return badRequest(
                List.of(errors.expected(mismatch.getName(), mismatch.getRequiredType(), mismatch.getValue())));
    }

    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleRunNotFound(RunNotFoundException notFound) {
        return StatusErrors.json(HttpStatus.NOT_FOUND)
                .body(ApiErrorResponse.of(
                        null, errors.text(ApiMessage.RUN_NOT_FOUND, String.valueOf(notFound.runId()))));
    }

    /** An id the domain does not know (a lifecycle action, a live plan refresh...). */
    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleUnknownRun(UnknownRunException unknown) {
        return StatusErrors.json(HttpStatus.NOT_FOUND)
                .body(ApiErrorResponse.of(
                        null, errors.text(ApiMessage.RUN_NOT_FOUND, String.valueOf(unknown.runId()))));
    }

    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleNoLivePlan(LivePlanNotFoundException notRead) {
        String id = String.valueOf(notRead.runId());
        return StatusErrors.json(HttpStatus.NOT_FOUND)
                .body(ApiErrorResponse.of(null, errors.text(ApiMessage.NO_LIVE_PLAN, id)));
    }

    /** AWS access off, an account unreachable, a changed plan, an apply under way: nothing was written. */
    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleApplyRefused(ApplyRefused refused) {
        String text =
                errors.coded(refused.messageCode(), refused.messageArguments()).orElse(refused.getMessage());
        return StatusErrors.json(HttpStatus.CONFLICT).body(ApiErrorResponse.of(null, text));
    }

    /**
     * Spring's own refusals keep their status (405, 415...); anything else is a 500 with a generic
     * message. Security exceptions are rethrown so that Spring Security answers 401/403 as usual.
     */
    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleAnyOther(Exception failure, HttpServletRequest request) throws Exception {
        if (failure instanceof AccessDeniedException || failure instanceof AuthenticationException) {
            throw failure;
        }
        if (failure instanceof ErrorResponse refusal) {
            return statuses.of(refusal, request);
        }
        return statuses.unexpected(failure);
    }

    private static ResponseEntity<ApiErrorResponse> badRequest(List<ApiError> problems) {
        return StatusErrors.json(HttpStatus.BAD_REQUEST).body(new ApiErrorResponse(problems));
    }
}
