package io.rolewire.web.audit;

import io.rolewire.web.NotFoundException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * The not-found page for this package's controllers, as the web module's browser advice gives it
 * to the run pages (that advice lists its packages; this one keeps ours out of its file). First,
 * so that Boot's JSON problem details never answer a browser page.
 */
@ControllerAdvice(basePackageClasses = AuditPagesAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class AuditPagesAdvice {

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound() {
        ModelAndView page = new ModelAndView("error/404", HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        return page;
    }
}
