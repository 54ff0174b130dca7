package org.shelfline.web.api;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import org.shelfline.identity.ApiTokens;
import org.shelfline.identity.TokenCaller;

/** Every API call but asking for a token needs "Authorization: Bearer ..." with a live token. */
@Provider
@Priority(Priorities.AUTHENTICATION)
public class BearerTokenFilter implements ContainerRequestFilter {

    private static final String BEARER = "Bearer ";

    @Inject
    ApiTokens tokens;

    @Inject
    TokenCaller caller;

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath().replaceAll("^/+", "").replaceAll("/+$", "");
        if (path.equals("tokens") && "POST".equals(request.getMethod())) {
            return;
        }
        String token = bearerOf(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        tokens.callerFor(token).ifPresentOrElse(caller::authenticated, () -> {
            Response problem = Problem.response(
                    Response.Status.UNAUTHORIZED,
                    "api.unauthenticated",
                    Problem.localeOf(request.getAcceptableLanguages()));
            request.abortWith(Response.fromResponse(problem)
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"shelfline\"")
                    .build());
        });
    }

    /** The token of an "Authorization: Bearer ..." header, or null. */
    static String bearerOf(String header) {
        return header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).strip()
                : null;
    }
}
