package org.shelfline.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Currency;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Formats values for pages: instants (stored in UTC) in the platform's display time zone, money in
 * yuan, in the reader's language.
 */
@Named
@ApplicationScoped
public class Formats {

    private static final Currency YUAN = Currency.getInstance("CNY");

    @Inject
    @ConfigProperty(name = "shelfline.display-zone", defaultValue = "Asia/Shanghai")
    String displayZone;

    public String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale)
                .withZone(ZoneId.of(displayZone))
                .format(instant);
    }

    /** A calendar date (an invoice's issue or due date) in the reader's language, as dates and times are. */
    public String date(java.time.LocalDate date, Locale locale) {
        return date == null
                ? ""
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale)
                        .format(date);
    }

    /** A date and time typed in the display zone, as an instant; null stays null. */
    public Instant toInstant(java.time.LocalDateTime local) {
        return local == null ? null : local.atZone(ZoneId.of(displayZone)).toInstant();
    }

    /** An instant as a date and time in the display zone, for a date picker; null stays null. */
    public java.time.LocalDateTime toLocal(Instant instant) {
        return instant == null ? null : java.time.LocalDateTime.ofInstant(instant, ZoneId.of(displayZone));
    }

    public String money(BigDecimal amount, Locale locale) {
        if (amount == null) {
            return "";
        }
        NumberFormat format = NumberFormat.getCurrencyInstance(locale);
        format.setCurrency(YUAN);
        return format.format(amount);
    }
}
