package org.shelfline.web;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.shelfline.identity.Roles;

/** {@code /home}: sends each signed-in user to their role's home page, everyone else to sign in. */
@WebServlet("/home")
public class HomeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    /** Role to home page; a user has exactly one role. */
    static final Map<String, String> HOME_BY_ROLE = Map.of(
            Roles.BRAND_ADMIN, "/admin/",
            Roles.STORE_OWNER, "/shop/",
            Roles.DISTRIBUTOR, "/distributor/",
            Roles.PLATFORM_ADMIN, "/platform/");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String target = HOME_BY_ROLE.entrySet().stream()
                .filter(entry -> request.isUserInRole(entry.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse("/login.xhtml");
        response.sendRedirect(request.getContextPath() + target);
    }
}
