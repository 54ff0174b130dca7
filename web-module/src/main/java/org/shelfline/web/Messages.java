package org.shelfline.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.shelfline.shared.BusinessException;

/** Adds localised messages (from the i18n.messages bundle) to the current page. */
@RequestScoped
public class Messages {

    public static final String BUNDLE = "i18n.messages";

    @Inject
    FacesContext facesContext;

    public void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    /** An error shown beside one field (its client id, "registerForm:username"). */
    public void errorOn(String clientId, String key, Object... arguments) {
        facesContext.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(key, arguments), null));
        facesContext.validationFailed();
    }

    /** A note beside one field (its client id), as {@link #errorOn} but not failing the page. */
    public void infoOn(String clientId, String key, Object... arguments) {
        facesContext.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_INFO, text(key, arguments), null));
    }

    public void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public void error(BusinessException exception) {
        error(exception.messageKey(), exception.arguments());
    }

    /**
     * Runs a user's action; a broken business rule becomes an error message instead of an error page.
     *
     * @return whether the action went through
     */
    public boolean attempt(Runnable action) {
        try {
            action.run();
            return true;
        } catch (BusinessException e) {
            error(e);
            return false;
        }
    }

    /** One error per line a quick order, reorder or saved list could not put in the cart. */
    public void lineProblems(java.util.List<org.shelfline.ordering.LineProblem> problems) {
        problems.forEach(problem -> error(
                "page.shop.cart.lineProblem",
                problem.lineNo(),
                problem.line(),
                text(problem.messageKey(), problem.arguments())));
    }

    /** Keeps this request's messages for the page a redirect leads to. */
    public void keep() {
        facesContext.getExternalContext().getFlash().setKeepMessages(true);
    }

    public String text(String key, Object... arguments) {
        ResourceBundle bundle =
                ResourceBundle.getBundle(BUNDLE, facesContext.getViewRoot().getLocale());
        try {
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private void add(FacesMessage.Severity severity, String key, Object... arguments) {
        String text = text(key, arguments);
        facesContext.addMessage(null, new FacesMessage(severity, text, null));
    }
}
