package io.rolewire.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.servlet.ModelAndView;

/**
 * The browser's one error page per status, shared by the browser advice and the error dispatch:
 * 403 and 404 have their own template, every other status the generic one. Only the status is
 * shown, never an exception text.
 */
public final class ErrorPages {

    private ErrorPages() {}

    public static ModelAndView of(HttpStatusCode status) {
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
