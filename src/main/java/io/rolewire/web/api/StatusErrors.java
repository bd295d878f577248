package io.rolewire.web.api;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;

/**
 * Spring MVC's own refusals (no such endpoint, wrong method, wrong content type...) and unexpected
 * failures, in the API's error shape. The status and headers (e.g. {@code Allow}) are Spring's; the
 * text is ours.
 */
final class StatusErrors {

    private static final Logger log = LoggerFactory.getLogger(StatusErrors.class);

    private final ApiErrors errors;

    StatusErrors(ApiErrors errors) {
        this.errors = errors;
    }

    ResponseEntity<ApiErrorResponse> of(ErrorResponse refusal, HttpServletRequest request) {
        HttpStatusCode status = refusal.getStatusCode();
        if (status.is5xxServerError()) {
            return unexpected((Exception) refusal);
        }
        HttpHeaders headers = new HttpHeaders();
        headers.addAll(refusal.getHeaders());
        return json(status).headers(headers).body(ApiErrorResponse.of(null, text(refusal, request)));
    }

    /** The last resort: logged in full with a reference, answered with the reference only. */
    ResponseEntity<ApiErrorResponse> unexpected(Exception failure) {
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected failure in the JSON API, reference {}", reference, failure);
        return json(HttpStatus.INTERNAL_SERVER_ERROR)
                .body(ApiErrorResponse.of(null, errors.text(ApiMessage.INTERNAL, reference)));
    }

    /**
     * An error response that is JSON whatever the client's {@code Accept} says: a preset content type
     * skips content negotiation, so even a 406 can explain itself.
     */
    static ResponseEntity.BodyBuilder json(HttpStatusCode status) {
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON);
    }

    private String text(ErrorResponse refusal, HttpServletRequest request) {
        if (refusal instanceof HttpRequestMethodNotSupportedException wrongMethod) {
            String allowed = wrongMethod.getSupportedHttpMethods() == null
                    ? ""
                    : wrongMethod.getSupportedHttpMethods().stream()
                            .map(Object::toString)
                            .sorted()
                            .collect(Collectors.joining(", "));
            return errors.text(ApiMessage.METHOD_NOT_ALLOWED, request.getMethod(), request.getRequestURI(), allowed);
        }
        if (refusal instanceof HttpMediaTypeNotSupportedException wrongType) {
            String sent = wrongType.getContentType() == null
                    ? ""
                    : wrongType.getContentType().toString();
            return errors.text(ApiMessage.UNSUPPORTED_MEDIA_TYPE, sent);
        }
        return text(refusal.getStatusCode(), request.getMethod(), request.getRequestURI());
    }

    /** A refusal known only by its status (a filter's, through the error dispatch). */
    ResponseEntity<ApiErrorResponse> ofStatus(HttpStatusCode status, String method, String path) {
        return json(status).body(ApiErrorResponse.of(null, text(status, method, path)));
    }

    private String text(HttpStatusCode status, String method, String path) {
        return switch (status.value()) {
            case 400 -> errors.text(ApiMessage.BAD_REQUEST);
            case 404 -> errors.text(ApiMessage.NO_ENDPOINT, method, path);
            case 406 -> errors.text(ApiMessage.NOT_ACCEPTABLE);
            case 413 -> errors.text(ApiMessage.PAYLOAD_TOO_LARGE);
            case 415 -> errors.text(ApiMessage.UNSUPPORTED_MEDIA_TYPE_ANY);
            default -> {
                HttpStatus known = HttpStatus.resolve(status.value());
                yield errors.text(
                        ApiMessage.REQUEST_REFUSED, known == null ? status.toString() : known.getReasonPhrase());
            }
        };
    }
}
