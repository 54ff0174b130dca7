package org.shelfline.web.i18n;

import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.faces.context.FacesContext;

/**
 * The page text for a coded value ({@code #{s:label('CreditTerms', standing.creditTerms)}}): the bundle's
 * {@code enum.CreditTerms.NET_30}. A value the schema allows to be absent (no credit terms, no hold, no tier)
 * reads as "none" instead of breaking the page, which string concatenation in EL does on {@code null}.
 */
public final class Labels {

    static final String NONE_KEY = "common.none";

    private Labels() {
    }

    public static String label(String kind, Object value) {
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String key = value == null || value.toString().isBlank() ? NONE_KEY : "enum." + kind + "." + value;
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            // The way Faces shows a missing key, so the page test notices it.
            return "???" + key + "???";
        }
    }
}
