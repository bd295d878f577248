package io.rolewire.web.store;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * A database that cannot be written (gone, full, read-only, closed) is a 503 that says so: JSON in
 * the API's error shape under {@code /api/}, the {@code error/503} page elsewhere. It runs before
 * every controller advice (theirs would answer a generic 500), and leaves every other failure to them.
 */
final class StoreUnavailableResolver implements HandlerExceptionResolver, Ordered {

    static final String MESSAGE = "store.unavailable";
    private static final Logger log = LoggerFactory.getLogger(StoreUnavailableResolver.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @JsonInclude(JsonInclude.Include.ALWAYS)
    record Problem(String field, String message) {}

    record Problems(List<Problem> errors) {}

    private final MessageSource messages;
    private final JsonMapper json;

    StoreUnavailableResolver(MessageSource messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** Right after Boot's error-attributes resolver (which only records the failure). */
    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (!StoreFailures.isUnavailable(failure)) {
            return null;
        }
        log.warn("Store unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), failure.toString());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        String text = messages.getMessage(MESSAGE, null, LocaleContextHolder.getLocale());
        if (!request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            ModelAndView page = new ModelAndView("error/503", HttpStatus.SERVICE_UNAVAILABLE);
            page.addObject("status", HttpStatus.SERVICE_UNAVAILABLE.value());
            return page;
        }
        try {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            json.writeValue(response.getOutputStream(), new Problems(List.of(new Problem(null, text))));
            return new ModelAndView();
        } catch (IOException | RuntimeException writeFailed) {
            return null;
        }
    }
}
