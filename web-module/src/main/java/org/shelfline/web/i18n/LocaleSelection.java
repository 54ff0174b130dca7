package org.shelfline.web.i18n;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;

/**
 * The language the pages are shown in: the browser's preference among English and Simplified Chinese at
 * first, then whatever the user picks with the switch in the header (kept for the session).
 */
@Named
@SessionScoped
public class LocaleSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private Locale locale;

    public Locale getLocale() {
        if (locale == null) {
            FacesContext context = FacesContext.getCurrentInstance();
            locale = context.getApplication().getViewHandler().calculateLocale(context);
        }
        return locale;
    }

    public boolean isChinese() {
        return "zh".equals(getLocale().getLanguage());
    }

    /** Switches language and stays on the same page. */
    public void switchTo(String languageTag) {
        locale = "zh-CN".equals(languageTag) ? CHINESE : Locale.ENGLISH;
        FacesContext.getCurrentInstance().getViewRoot().setLocale(locale);
    }

    public String getLanguageTag() {
        return isChinese() ? "zh-CN" : "en";
    }
}
