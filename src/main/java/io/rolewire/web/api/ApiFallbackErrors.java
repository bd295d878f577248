package io.rolewire.web.api;

import io.rolewire.wiring.Json;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests under {@code /api/} that reach no API controller (unknown path: 404, wrong method: 405,
 * a {@code consumes} mismatch: 415, a multipart body that cannot be parsed: 400) never meet
 * {@link ApiExceptionHandler} as an advice, which applies to this package's controllers only. This
 * asks the same handler and writes its answer; every other request is left to the resolvers that
 * follow (browser error pages).
 */
final class ApiFallbackErrors implements HandlerExceptionResolver {

    private static final JsonMapper JSON = Json.mapper();

    private final ObjectProvider<ApiExceptionHandler> handler;

    ApiFallbackErrors(ObjectProvider<ApiExceptionHandler> handler) {
        this.handler = handler;
    }

    @Override
    public ModelAndView resolveException(
            HttpServletRequest request, HttpServletResponse response, Object handled, Exception failure) {
        boolean known = failure instanceof ErrorResponse || failure instanceof MultipartException;
        if (handled instanceof HandlerMethod || !known || !isApi(request)) {
            return null;
        }
        try {
            ResponseEntity<?> answer = failure instanceof MultipartException multipart
                    ? handler.getObject().handleMultipart(multipart)
                    : handler.getObject().handleException(failure, new ServletWebRequest(request, response));
            write(answer, response);
            return new ModelAndView();
        } catch (Exception writeFailed) {
            return null;
        }
    }

    private static void write(ResponseEntity<?> answer, HttpServletResponse response) throws java.io.IOException {
        response.setStatus(answer.getStatusCode().value());
        answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), answer.getBody());
    }

    private static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }
}
