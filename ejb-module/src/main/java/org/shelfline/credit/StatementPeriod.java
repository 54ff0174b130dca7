package org.shelfline.credit;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.shelfline.shared.BusinessException;

/** A statement month ("2026-10"), and its start and end as instants in the business time zone. */
public record StatementPeriod(YearMonth month) {

    public static StatementPeriod parse(String text, LocalDate today) {
        YearMonth month;
        try {
            month = YearMonth.parse(text == null ? "" : text.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException("statement.monthInvalid");
        }
        if (month.isAfter(YearMonth.from(today))
                || month.isBefore(YearMonth.from(today).minusYears(10))) {
            throw new BusinessException("statement.monthInvalid");
        }
        return new StatementPeriod(month);
    }

    public LocalDate firstDay() {
        return month.atDay(1);
    }

    public Instant start() {
        return firstDay().atStartOfDay(Billing.BUSINESS_ZONE).toInstant();
    }

    public Instant end() {
        return month.plusMonths(1).atDay(1).atStartOfDay(Billing.BUSINESS_ZONE).toInstant();
    }

    @Override
    public String toString() {
        return month.toString();
    }
}
