package org.shelfline.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.util.Collections;
import java.util.Locale;

/**
 * An address that was sent under /api/ is answered as the API answers, with a problem document, even when
 * the server's path normalisation took it elsewhere: {@code /api/v1/orders/..%2F..%2Fadmin} arrives as
 * {@code /api/admin} (or {@code /shop/}), which the pages would answer with their HTML "not found" page.
 */
@WebFilter(urlPatterns = "/*")
public class ApiAddressFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;
    private static final String API = "/api/v1";
    private static final Jsonb JSON = JsonbBuilder.create();

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!answeredAsLost(request, response)) {
            chain.doFilter(request, response);
        }
    }

    /**
     * Answers 404 with a problem document, and returns true, when the request was sent under /api/ but does
     * not reach the API. Also called before sign-in is asked for: a page's address reached this way would
     * otherwise be redirected to the sign-in page.
     */
    public static boolean answeredAsLost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String sent = request.getRequestURI()
                .substring(request.getContextPath().length())
                .toLowerCase(Locale.ROOT);
        if (!sent.startsWith("/api/") || API.equals(request.getServletPath())) {
            return false;
        }
        Locale locale = Problem.localeOf(Collections.list(request.getLocales()));
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.toJson(Problem.of(Response.Status.NOT_FOUND, "api.http404", locale)));
        response.flushBuffer();
        return true;
    }
}
