package org.shelfline.credit;

import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import org.shelfline.store.CreditTerms;

/** When an invoice issued on a day falls due under the store's terms with the brand. */
public final class DueDates {

    private DueDates() {}

    public static LocalDate due(CreditTerms terms, LocalDate issued) {
        return switch (terms) {
            case PAY_NOW -> issued;
            case NET_15 -> issued.plusDays(15);
            case NET_30 -> issued.plusDays(30);
            // Monthly statement: everything of a month is due at the end of the following month.
            case MONTHLY -> issued.plusMonths(1).with(TemporalAdjusters.lastDayOfMonth());
        };
    }
}
