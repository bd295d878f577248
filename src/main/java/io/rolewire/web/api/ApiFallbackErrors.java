package io.rolewire.web.api;

import io.rolewire.wiring.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests under {@code /api/} that reach no API controller (unknown path: 404, wrong method: 405,
 * a {@code consumes} mismatch: 415) never meet {@link ApiExceptionHandler}, which applies to this
 * package's controllers only. This answers them in the same error shape; every other request is
 * left to the resolvers that follow (browser error pages, problem details).
 */
final class ApiFallbackErrors implements HandlerExceptionResolver {

    private static final JsonMapper JSON = Json.mapper();

    private final StatusErrors statuses;

    ApiFallbackErrors(StatusErrors statuses) {
        this.statuses = statuses;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
        if (handler instanceof HandlerMethod || !(failure instanceof ErrorResponse refusal) || !isApi(request)) {
            return null;
        }
        ResponseEntity<ApiErrorResponse> answer = statuses.of(refusal, request);
        try {
            response.setStatus(answer.getStatusCode().value());
            answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding("UTF-8");
            JSON.writeValue(response.getOutputStream(), answer.getBody());
            return new ModelAndView();
        } catch (java.io.IOException | RuntimeException writeFailed) {
            return null;
        }
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
