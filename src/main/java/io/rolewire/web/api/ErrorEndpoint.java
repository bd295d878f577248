package io.rolewire.web.api;

import io.rolewire.web.ErrorPages;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The container's error dispatch ({@code /error}) for everything no handler answered itself: a
 * filter's refusal (413, 415, 400), Spring Security's 403 on a page, a crash. Requests under
 * {@code /api/} get the API's error shape, all others the browser's error page; it replaces
 * Boot's error controller, whose answer depended on the {@code Accept} header. {@code /error}
 * asked for directly names nothing: 404.
 */
@Controller
class ErrorEndpoint implements ErrorController {

    private final StatusErrors statuses;

    ErrorEndpoint(MessageSource messages) {
        this.statuses = new StatusErrors(new ApiErrors(messages));
    }

    @RequestMapping("/error")
    Object showError(HttpServletRequest request) {
        HttpStatusCode status = status(request);
        Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
        String path = uri == null ? "" : uri.toString();
        if (path.startsWith(request.getContextPath() + "/api/")) {
            return apiError(status, request, path);
        }
        return ErrorPages.of(status);
    }

    private ResponseEntity<ApiErrorResponse> apiError(HttpStatusCode status, HttpServletRequest request, String path) {
        return status.is5xxServerError()
                ? statuses.unexpected(failure(request, path))
                : statuses.ofStatus(status, request.getMethod(), path);
    }

    private static Exception failure(HttpServletRequest request, String path) {
        return request.getAttribute(RequestDispatcher.ERROR_EXCEPTION) instanceof Exception failure
                ? failure
                : new IllegalStateException("error dispatch for " + path);
    }

    private static HttpStatusCode status(HttpServletRequest request) {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        if (!(code instanceof Integer value) || value < 400) {
            return HttpStatus.NOT_FOUND;
        }
        return HttpStatusCode.valueOf(value);
    }
}
