package org.shelfline.web.security;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.SessionCookieConfig;
import jakarta.servlet.annotation.WebListener;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Hardens the session cookie: HttpOnly, and Secure unless {@code shelfline.cookie.secure} is false (only
 * for plain-HTTP development on localhost, which the run command sets). SameSite=Lax comes from
 * payara-web.xml, because Payara ignores SessionCookieConfig attributes.
 */
@WebListener
public class SessionCookieSettings implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        boolean secure = ConfigProvider.getConfig()
                .getOptionalValue("shelfline.cookie.secure", Boolean.class)
                .orElse(true);
        SessionCookieConfig cookie = event.getServletContext().getSessionCookieConfig();
        cookie.setName("SHELFLINE_SESSION");
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
    }
}
