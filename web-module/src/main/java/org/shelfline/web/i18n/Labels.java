package org.shelfline.web.i18n;

import jakarta.faces.context.FacesContext;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The page text for a coded value ({@code #{s:label('CreditTerms', standing.creditTerms)}}): the bundle's
 * {@code enum.CreditTerms.NET_30}. A value the schema allows to be absent (no credit terms, no hold, no tier)
 * reads as "none" instead of breaking the page, which string concatenation in EL does on {@code null}.
 */
public final class Labels {

    static final String NONE_KEY = "common.none";

    private Labels() {}

    /**
     * A SKU's unit in the page's language: the brand types it freely ("bottle", "can"), so the usual ones have
     * texts ({@code unit.bottle}) and any other is shown as typed.
     */
    public static String unit(String unit) {
        if (unit == null || unit.isBlank()) {
            return "";
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        String key = "unit." + unit.strip().toLowerCase(java.util.Locale.ROOT);
        return bundle.containsKey(key) ? bundle.getString(key) : unit;
    }

    /** Audit fields whose values are codes, and the kinds of code they may be, in the order they are tried. */
    private static final java.util.Map<String, java.util.List<String>> CODED_FIELDS = java.util.Map.of(
            "status", java.util.List.of("VerificationStatus", "SkuStatus", "OrderStatus"),
            "tier", java.util.List.of("StoreTier"),
            "terms", java.util.List.of("CreditTerms"));

    private static final java.util.regex.Pattern AUDIT_FIELD = java.util.regex.Pattern.compile("(?:^|, )([a-zA-Z]+)=");

    /**
     * An audit line as a person reads it: the trail keeps {@code status=VERIFIED, tier=SILVER} as it was written
     * (it never changes); the page shows "Status: Verified · Tier: Silver tier" in its language. Text that is not
     * in that form is shown as it is.
     */
    public static String auditDetail(String detail) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        java.util.regex.Matcher field = AUDIT_FIELD.matcher(detail);
        java.util.List<int[]> starts = new java.util.ArrayList<>();
        while (field.find()) {
            starts.add(new int[] {field.start(), field.start(1), field.end()});
        }
        if (starts.isEmpty() || starts.get(0)[0] != 0) {
            return detail;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ResourceBundle bundle = faces.getApplication().getResourceBundle(faces, "msg");
        java.util.StringJoiner text = new java.util.StringJoiner(" · ");
        for (int i = 0; i < starts.size(); i++) {
            String key = detail.substring(starts.get(i)[1], starts.get(i)[2] - 1);
            String value =
                    detail.substring(starts.get(i)[2], i + 1 < starts.size() ? starts.get(i + 1)[0] : detail.length());
            String name = bundle.containsKey("audit.field." + key) ? bundle.getString("audit.field." + key) : key;
            text.add(name + ": " + codeText(bundle, key, value));
        }
        return text.toString();
    }

    private static String codeText(ResourceBundle bundle, String field, String value) {
        for (String kind : CODED_FIELDS.getOrDefault(field, java.util.List.of())) {
            if (bundle.containsKey("enum." + kind + "." + value)) {
                return bundle.getString("enum." + kind + "." + value);
            }
        }
        return value;
    }

    /**
     * A ledger entry's note as a person reads it: a payment's note is kept as written ("ALIPAY 2026-11-08"), its
     * method code is shown as the method's name in the page's language ("Alipay 2026-11-08").
     */
    public static String ledgerNote(Object kind, String note) {
        if (note == null || kind == null || !"PAYMENT".equals(kind.toString())) {
            return note == null ? "" : note;
        }
        for (org.shelfline.credit.PaymentMethod method : org.shelfline.credit.PaymentMethod.values()) {
            String code = method.name();
            if (note.equals(code) || note.startsWith(code + " ")) {
                return label("PaymentMethod", method) + note.substring(code.length());
            }
        }
        return note;
    }

    /** Why an account is on hold: the reason the system writes is shown in the page's language, a person's as typed. */
    public static String holdReason(String reason) {
        if (reason == null || !reason.startsWith(org.shelfline.credit.CreditHolds.OVERDUE_REASON)) {
            return reason == null ? "" : reason;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString("credit.hold.overdue");
        return java.text.MessageFormat.format(
                pattern, reason.substring(org.shelfline.credit.CreditHolds.OVERDUE_REASON.length()));
    }

    /** An order event's note; the one the system writes is shown in the page's language. */
    public static String orderNote(String note) {
        if (!org.shelfline.ordering.Rerouting.NOT_ACCEPTED_IN_TIME.equals(note)) {
            return note == null ? "" : note;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces.getApplication().getResourceBundle(faces, "msg").getString("order.note.notAcceptedInTime");
    }

    /**
     * Time left as a countdown reads it, to the second: "04:05" under an hour, "1:04:05" under a day, then
     * "2 d 1:04:05". The page's script (fair.js) writes the same form as it ticks.
     */
    public static String countdown(long millis) {
        long seconds = Math.max(0, (millis + 999) / 1000);
        long days = seconds / 86_400;
        long hours = seconds % 86_400 / 3_600;
        long minutes = seconds % 3_600 / 60;
        String clock = hours > 0 || days > 0
                ? String.format(java.util.Locale.ROOT, "%d:%02d:%02d", hours, minutes, seconds % 60)
                : String.format(java.util.Locale.ROOT, "%02d:%02d", minutes, seconds % 60);
        if (days == 0) {
            return clock;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        String pattern = faces.getApplication().getResourceBundle(faces, "msg").getString("countdown.days");
        return java.text.MessageFormat.format(pattern, days, clock);
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
