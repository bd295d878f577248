package io.rolewire.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The browser's export, proof and as-code links are GETs that append an EXPORTED event in the signed-in user's name. A
 * link on another site could make a reviewer's browser record exports they never asked for, so an
 * export whose request the browser marks as cross-site ({@code Sec-Fetch-Site}) is refused (403).
 * Same-site clicks, typed URLs and bookmarks ({@code none}) and clients that send no such header pass.
 */
final class CrossSiteExportGuard extends OncePerRequestFilter {

    // any id segment: MVC decides what an id means (0x2, +1, %2B1...), so the guard must not
    private static final Pattern EXPORTS =
            Pattern.compile("/runs/export|/runs/[^/]+/(events\\.(csv|jsonl)|proof\\.json|export/[^/]+)");

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        // decoded, normalized and without ;parameters: the path MVC routes on, not the raw URI
        String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
        return !EXPORTS.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if ("cross-site".equalsIgnoreCase(request.getHeader("Sec-Fetch-Site"))) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        chain.doFilter(request, response);
    }
}
