package org.shelfline.web.security;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Set;

/**
 * Security headers on every response, pages, resources, API and error pages alike. The pages may only be framed by
 * nobody, load scripts, styles, fonts and images from Shelfline itself, and post forms to it. PrimeFaces renders
 * its behaviour as inline handlers and evaluates ajax scripts, hence 'unsafe-inline' and 'unsafe-eval' for scripts;
 * its nonce mode (primefaces.CSP) is the way to drop them, once our own inline handlers have moved to script files.
 * Documents, exports and tokens are never stored by a browser or a proxy.
 */
@WebFilter(
        urlPatterns = "/*",
        asyncSupported = true,
        dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; "
            + "script-src 'self' 'unsafe-inline' 'unsafe-eval'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /** Paths whose answers carry someone's documents, figures or credentials. */
    private static final Set<String> PRIVATE_PREFIXES = Set.of(
            "/documents/",
            "/api/v1/tokens",
            "/admin/catalog/export",
            "/admin/credit/ageing.xlsx",
            "/admin/fairs/summary.xlsx",
            "/admin/stores/licence-photo");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        apply(request, response);
        chain.doFilter(request, response);
    }

    /** Sets the headers; also called by {@link ApiAwareAuthentication} for what the container answers before filters. */
    static void apply(HttpServletRequest request, HttpServletResponse response) {
        response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        response.setHeader("X-Frame-Options", "DENY");
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "strict-origin-when-cross-origin");
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (PRIVATE_PREFIXES.stream().anyMatch(path::startsWith)) {
            response.setHeader("Cache-Control", "no-store");
        }
    }
}
