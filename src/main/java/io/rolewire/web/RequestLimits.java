package io.rolewire.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, before any other filter (security included) and before any body is read, what no
 * endpoint could serve: a body over {@link WebLimits} (413; a body without a length is counted as
 * it is read), a content type that names no type ({@code *}{@code /*}, unparseable: 415), and a
 * query string, form or multipart body the container cannot decode (400). The container then
 * renders the error dispatch: the API's error shape under /api, the error page elsewhere.
 */
final class RequestLimits extends OncePerRequestFilter {

    private final long maxBytes;

    RequestLimits(WebLimits limits) {
        this.maxBytes = limits.maxRequestSize().toBytes();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > maxBytes) {
            refuse(request, response, HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
            return;
        }
        if (!knownContentType(request.getContentType())) {
            refuse(request, response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE);
            return;
        }
        int undecodable = undecodable(request);
        if (undecodable != 0) {
            refuse(request, response, undecodable);
            return;
        }
        chain.doFilter(new LimitedBody(request, maxBytes), response);
    }

    /**
     * Renders the error dispatch ({@code /error}: API shape or error page) now. Its request hides
     * the body's content type: MVC would otherwise try to parse the same broken multipart body
     * again, fail, and leave the container's own error report.
     */
    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status)
            throws ServletException, IOException {
        request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, status);
        request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, request.getRequestURI());
        response.setStatus(status);
        HttpServletRequest withoutBody = new HttpServletRequestWrapper(request) {
            @Override
            public String getContentType() {
                return null;
            }

            @Override
            public String getHeader(String name) {
                return HttpHeaders.CONTENT_TYPE.equalsIgnoreCase(name) ? null : super.getHeader(name);
            }
        };
        request.getRequestDispatcher("/error").forward(withoutBody, response);
    }

    private static boolean knownContentType(String header) {
        if (header == null) {
            return true;
        }
        try {
            return !MediaType.parseMediaType(header).isWildcardType()
                    && !MediaType.parseMediaType(header).isWildcardSubtype();
        } catch (InvalidMediaTypeException unparseable) {
            return false;
        }
    }

    /**
     * Parses parameters (and multipart parts) now, where a failure can still be answered with 400:
     * later, the container throws from whichever filter or handler asks first.
     */
    private static int undecodable(HttpServletRequest request) {
        try {
            request.getParameterMap();
            String type = request.getContentType();
            if (type != null && type.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
                request.getParts();
            }
            return 0;
        } catch (InvalidParameterException tomcat) {
            // Tomcat says 413 for a form over max-http-form-post-size (set to our limit)
            return tomcat.getErrorCode() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                    ? HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE
                    : HttpServletResponse.SC_BAD_REQUEST;
        } catch (IllegalStateException | IOException | ServletException undecodable) {
            return HttpServletResponse.SC_BAD_REQUEST;
        }
    }
}
