package org.shelfline.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An RFC 9457 problem document. {@code code} names the rule (the same message key the pages use) so
 * clients can react to it; {@code detail} says it in the caller's language.
 */
public record Problem(String type, String title, int status, String detail, String code) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    public static Response response(Response.StatusType status, String code, Locale locale, Object... arguments) {
        return Response.status(status)
                .type(MEDIA_TYPE)
                .entity(of(status, code, locale, arguments))
                .build();
    }

    static Problem of(Response.StatusType status, String code, Locale locale, Object... arguments) {
        return new Problem(
                "urn:shelfline:problem:" + code,
                status.getReasonPhrase(),
                status.getStatusCode(),
                text(code, locale, arguments),
                code);
    }

    /** The caller's first acceptable language, English when they have none ("*"). */
    public static Locale localeOf(java.util.List<Locale> acceptable) {
        return acceptable == null
                        || acceptable.isEmpty()
                        || "*".equals(acceptable.get(0).toString())
                ? Locale.ENGLISH
                : acceptable.get(0);
    }

    static String text(String key, Locale locale, Object... arguments) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("i18n.messages", locale);
            String pattern = bundle.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, bundle.getLocale()).format(arguments);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
