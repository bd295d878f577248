package io.rolewire.web;

import io.rolewire.runs.UnknownRunException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Error pages for every browser controller. It names their packages on purpose: the JSON API under
 * {@code io.rolewire.web.api} has its own advice and must never answer with HTML. It goes first so
 * that Boot's problem-details advice (JSON, global) never answers a browser page. Errors outside
 * these controllers (a filter's refusal, access denied by the URL rules, unmapped URLs) reach the
 * error dispatch, which renders the same {@link ErrorPages}.
 */
@ControllerAdvice(
        basePackages = {
            "io.rolewire.web.wizard",
            "io.rolewire.web.runs",
            "io.rolewire.web.audit",
            "io.rolewire.web.approvals",
            "io.rolewire.web.roles"
        },
        assignableTypes = LoginController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class BrowserErrorAdvice {

    private static final Logger log = LoggerFactory.getLogger(BrowserErrorAdvice.class);

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException ex) {
        log.debug("Not found: {}", ex.getMessage());
        return ErrorPages.of(HttpStatus.NOT_FOUND);
    }

    /** A run action (submit, apply...) on an id the domain does not know. */
    @ExceptionHandler(UnknownRunException.class)
    ModelAndView unknownRun(UnknownRunException ex) {
        log.debug("Unknown run: {}", ex.getMessage());
        return ErrorPages.of(HttpStatus.NOT_FOUND);
    }

    /** {@code /runs/abc}, {@code /runs/0x2} or a malformed draft id names nothing: a 404. */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView typeMismatch(MethodArgumentTypeMismatchException ex) {
        return ErrorPages.of(HttpStatus.NOT_FOUND);
    }

    /**
     * A form field path no form has ({@code ecs[0]}, {@code ecs['family']}), or a body the
     * container could not split into parts, a parameter name Spring Security's firewall refuses
     * when it is first read: the request is malformed, not our failure.
     */
    @ExceptionHandler({InvalidPropertyException.class, MultipartException.class, RequestRejectedException.class})
    ModelAndView malformed(Exception ex) {
        log.debug("Malformed request: {}", ex.getMessage());
        return ErrorPages.of(HttpStatus.BAD_REQUEST);
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView accessDenied(AccessDeniedException ex) {
        return ErrorPages.of(HttpStatus.FORBIDDEN);
    }

    /**
     * Spring MVC's own refusals (wrong method, missing parameter, ...) as an HTML page with their
     * status. Anything else is a bug: rethrown, it is logged and shown as the generic 500 page.
     */
    @ExceptionHandler(Exception.class)
    ModelAndView other(Exception ex) throws Exception {
        if (ex instanceof ErrorResponse response) {
            return ErrorPages.of(response.getStatusCode());
        }
        throw ex;
    }
}
