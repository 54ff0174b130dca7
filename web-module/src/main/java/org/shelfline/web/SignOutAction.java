package org.shelfline.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;

/** The layout's sign-out button (a POST, so it carries the view state and cannot be forged by a link). */
@Named
@RequestScoped
public class SignOutAction {

    @Inject
    FacesContext facesContext;

    public void signOut() throws IOException, ServletException {
        ExternalContext external = facesContext.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        request.logout();
        external.invalidateSession();
        external.redirect(external.getRequestContextPath() + "/login.xhtml?signedOut=true");
    }
}
