package io.rolewire.web;

import io.rolewire.runs.UnknownRunException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages for the browser controllers only. It is limited to their packages on purpose: the
 * JSON API under {@code io.rolewire.web.api} has its own advice and must never answer with HTML.
 * It goes first so that Boot's problem-details advice (JSON, global) never answers a browser page.
 * Errors outside these controllers (unmapped URLs, access denied by the URL rules) reach Boot's
 * error controller, which renders the same templates ({@code error/404}, {@code error/403},
 * {@code error}).
 */
@ControllerAdvice(basePackages = {"io.rolewire.web.wizard", "io.rolewire.web.runs"})
@Order(Ordered.HIGHEST_PRECEDENCE)
class BrowserErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(BrowserErrorAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException ex) {
        log.debug("Not found: {}", ex.getMessage());
        return errorPage(HttpStatus.NOT_FOUND);
    }

    /** A run action (submit, apply...) on an id the domain does not know. */
    @ExceptionHandler(UnknownRunException.class)
    ModelAndView unknownRun(UnknownRunException ex) {
        log.debug("Unknown run: {}", ex.getMessage());
        return errorPage(HttpStatus.NOT_FOUND);
    }

    /** {@code /runs/abc} or a malformed draft id names nothing: that is a 404, not a 400 or 500. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex) {
        return errorPage(HttpStatus.NOT_FOUND);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView accessDenied(AccessDeniedException ex) {
        return errorPage(HttpStatus.FORBIDDEN);
    }

    /**
     * Spring MVC's own refusals (wrong method, missing parameter, ...) as an HTML page with their
     * status. Anything else is a bug: rethrown, it is logged and shown as the generic 500 page.
     */
    @ExceptionHandler(Exception.class)
    ModelAndView other(Exception ex) throws Exception {
        if (ex instanceof ErrorResponse response) {
            return errorPage(response.getStatusCode());
        }
        throw ex;
    }

    private static ModelAndView errorPage(HttpStatusCode status) {
        String view = switch (status.value()) {
            case 403 -> "error/403";
            case 404 -> "error/404";
            default -> "error";
        };
        ModelAndView page = new ModelAndView(view, status);
        page.addObject("status", status.value());
        return page;
    }
}
