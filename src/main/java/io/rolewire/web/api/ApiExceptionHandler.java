package io.rolewire.web.api;

import io.rolewire.apply.ApplyRefused;
import io.rolewire.runs.Refusal;
import io.rolewire.runs.TransitionRefused;
import io.rolewire.runs.UnknownRunException;
import io.rolewire.web.BodyTooLargeException;
import io.rolewire.web.api.ApiErrorResponse.ApiError;
import java.util.List;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.BindException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Error bodies for the JSON API's controllers (this package); {@link ApiFallbackErrors} sends the
 * requests that reach no controller here too. Spring's {@link ResponseEntityExceptionHandler} does
 * the work underneath: it knows every MVC refusal and its status and headers (405 with
 * {@code Allow}, 415, 406...) as a ProblemDetail; {@link #handleExceptionInternal} writes that in
 * the API's one shape {@code {"errors": [{"field", "message"}]}} with our own texts. An unexpected
 * exception is logged and answered with a generic 500, never with its text or a stack trace.
 * Ordered first so Boot's problem-details handler does not answer for these controllers.
 */
@RestControllerAdvice(basePackageClasses = ApiExceptionHandler.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private final ApiErrors errors;
    private final JsonProblems json;
    private final StatusErrors statuses;
    private final MessageSource messages;

    ApiExceptionHandler(MessageSource messages) {
        this.messages = messages;
        this.errors = new ApiErrors(messages);
        this.json = new JsonProblems(errors);
        this.statuses = new StatusErrors(errors);
    }

    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleInvalidInput(InvalidInputException invalid) {
        return badRequest(invalid.violations().stream().map(errors::violation).toList());
    }

    /** Query parameters bound to a record ({@link RunQuery}) without {@code @Valid} failing. */
    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleBinding(BindException invalid) {
        return badRequest(invalid.getFieldErrors().stream().map(errors::field).toList());
    }

    /** A parameter path no record has ({@code page[0]=1}, {@code before.x=1}). */
    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleInvalidProperty(InvalidPropertyException invalid) {
        return badRequest(List.of(new ApiError(
                invalid.getPropertyName(), errors.text(ApiMessage.INVALID_PARAMETER, invalid.getPropertyName()))));
    }

    /**
     * Spring Security's firewall checks parameter names only when they are first read (a form
     * body whose names hold control characters): a malformed request, not our failure.
     */
    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleRejected(RequestRejectedException rejected) {
        return badRequest(List.of(new ApiError(null, errors.text(ApiMessage.BAD_REQUEST))));
    }

    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleMultipart(MultipartException malformed) {
        return badRequest(List.of(new ApiError(null, errors.text(ApiMessage.BAD_REQUEST))));
    }

    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleRunNotFound(RunNotFoundException notFound) {
        return notFound(ApiMessage.RUN_NOT_FOUND, notFound.runId());
    }

    /** An id the domain does not know (a lifecycle action, a live plan refresh...). */
    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleUnknownRun(UnknownRunException unknown) {
        return notFound(ApiMessage.RUN_NOT_FOUND, unknown.runId());
    }

    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleNoLivePlan(LivePlanNotFoundException notRead) {
        return notFound(ApiMessage.NO_LIVE_PLAN, notRead.runId());
    }

    /** AWS access off, an account unreachable, a changed plan, an apply under way: nothing was written. */
    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleApplyRefused(ApplyRefused refused) {
        String text =
                errors.coded(refused.messageCode(), refused.messageArguments()).orElse(refused.getMessage());
        return StatusErrors.json(HttpStatus.CONFLICT).body(ApiErrorResponse.of(null, text));
    }

    /** A lifecycle rule said no: 409 (state), 403 (who), 400 (a missing reason). */
    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleRefused(TransitionRefused refused) {
        String text = errors.coded(refused.reason().messageCode(), refused.messageArgs())
                .orElse(refused.getMessage());
        String field = refused.reason() == Refusal.REASON_REQUIRED ? "reason" : null;
        HttpStatus status = switch (refused.reason().kind()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
            case INVALID -> HttpStatus.BAD_REQUEST;
        };
        return StatusErrors.json(status).body(ApiErrorResponse.of(field, text));
    }

    /** Anything else is a bug; security exceptions go back to Spring Security (401/403). */
    @ExceptionHandler
    ResponseEntity<ApiErrorResponse> handleAnyOther(Exception failure) throws Exception {
        if (failure instanceof AccessDeniedException || failure instanceof AuthenticationException) {
            throw failure;
        }
        return statuses.unexpected(failure);
    }

    /** Bean Validation of a body or of query parameters: every field named. */
    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(
            MethodArgumentNotValidException invalid, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return widen(handleBinding(invalid));
    }

    /** An unreadable body: why and where, or 413 when it outgrew the request-size limit while read. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException unreadable,
            HttpHeaders headers,
            HttpStatusCode status,
            WebRequest request) {
        if (NestedExceptionUtils.getMostSpecificCause(unreadable) instanceof BodyTooLargeException) {
            return widen(statuses.ofStatus(HttpStatus.CONTENT_TOO_LARGE, "", ""));
        }
        return widen(badRequest(List.of(json.explain(unreadable))));
    }

    /** A path variable or parameter that is not of its type (an id that is not canonical, too). */
    @Override
    protected ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException mismatch, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = mismatch instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : mismatch.getPropertyName();
        return widen(badRequest(List.of(errors.expected(name, mismatch.getRequiredType(), mismatch.getValue()))));
    }

    /** Every other MVC refusal: Spring's status and headers, our shape and text. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(
            Exception failure, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        if (status.is5xxServerError() || !(failure instanceof ErrorResponse refusal)) {
            return widen(statuses.unexpected(failure));
        }
        return widen(statuses.of(refusal, ((ServletWebRequest) request).getRequest()));
    }

    private ResponseEntity<ApiErrorResponse> notFound(ApiMessage message, long runId) {
        return StatusErrors.json(HttpStatus.NOT_FOUND)
                .body(ApiErrorResponse.of(null, errors.text(message, String.valueOf(runId))));
    }

    private static ResponseEntity<ApiErrorResponse> badRequest(List<ApiError> problems) {
        return StatusErrors.json(HttpStatus.BAD_REQUEST).body(new ApiErrorResponse(problems));
    }

    private static ResponseEntity<Object> widen(ResponseEntity<ApiErrorResponse> answer) {
        return new ResponseEntity<>(answer.getBody(), answer.getHeaders(), answer.getStatusCode());
    }
}
