package org.shelfline.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/** Sends the device cookie of a sign-in whose own answer was already on its way (see {@link KnownDevices#remember}). */
@WebFilter(urlPatterns = "/*")
public class KnownDeviceFilter extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Inject
    KnownDevices devices;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(KnownDevices.PENDING) instanceof String username) {
            session.removeAttribute(KnownDevices.PENDING);
            if (username.equals(request.getRemoteUser())) {
                devices.remember(username, request, response);
            }
        }
        chain.doFilter(request, response);
    }
}
