package io.rolewire.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

/**
 * 401, 403 and 429 (too many failed sign-ins, with Retry-After) on /api/** in the API's one error shape {@code {"errors":[{"field","message"}]}}, so
 * clients parse every refusal the same way.
 */
final class ApiSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;
    private final MessageSource messages;

    ApiSecurityErrors(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused)
            throws IOException {
        if (refused instanceof LoginThrottledException throttled) {
            // no challenge: asking again with other credentials is exactly what must wait
            response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(throttled.retryAfterSeconds()));
            write(request, response, 429, "security.login.throttled", throttled.retryAfterSeconds());
            return;
        }
        if (refused instanceof BearerTokenFilter.InvalidApiTokenException) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Rolewire\", error=\"invalid_token\"");
            write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "security.token.invalid");
            return;
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"Rolewire\"");
        write(request, response, HttpServletResponse.SC_UNAUTHORIZED, "api.error.unauthorized");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        write(request, response, HttpServletResponse.SC_FORBIDDEN, "api.error.forbidden");
    }

    private void write(
            HttpServletRequest request, HttpServletResponse response, int status, String code, Object... args)
            throws IOException {
        Map<String, Object> error = new HashMap<>();
        error.put("field", null);
        error.put("message", messages.getMessage(code, args, code, request.getLocale()));
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        json.writeValue(response.getOutputStream(), Map.of("errors", List.of(error)));
    }
}
