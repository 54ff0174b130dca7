package org.shelfline.web.security;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.enterprise.inject.Any;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.shelfline.web.api.ApiAddressFilter;

/**
 * The sign-in mechanism runs before any filter, and for a protected page it answers itself (a redirect to
 * the sign-in page). So that those answers carry the security headers too, and so that an address sent
 * under /api/ that the server's path normalisation turned into a page's is answered as the API answers,
 * this decorates the mechanism with what the filters do.
 */
@Decorator
@Priority(Interceptor.Priority.APPLICATION)
public abstract class ApiAwareAuthentication implements HttpAuthenticationMechanism {

    @Inject
    @Delegate
    @Any
    HttpAuthenticationMechanism mechanism;

    @Override
    public AuthenticationStatus validateRequest(
            HttpServletRequest request, HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        SecurityHeadersFilter.apply(request, response);
        try {
            if (ApiAddressFilter.answeredAsLost(request, response)) {
                return AuthenticationStatus.SEND_FAILURE;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return mechanism.validateRequest(request, response, context);
    }
}
