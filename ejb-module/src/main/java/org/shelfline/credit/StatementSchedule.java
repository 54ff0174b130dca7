package org.shelfline.credit;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shelfline.shared.Schedules;

/** On the first of each month, early in the morning (business time zone), last month's statements for all brands. */
@Singleton
@TransactionAttribute(
        TransactionAttributeType.NOT_SUPPORTED) // the run commits on its own; a failure must not fail the timer
public class StatementSchedule {

    private static final Logger LOG = Logger.getLogger(StatementSchedule.class.getName());

    @Inject
    Schedules schedules;

    @Inject
    StatementRuns runs;

    @Inject
    Clock clock;

    @Schedule(
            dayOfMonth = "1",
            hour = "3",
            minute = "0",
            timezone = "Asia/Shanghai",
            persistent = false,
            info = "monthly statements")
    public void monthly() {
        if (schedules.off()) {
            return;
        }
        YearMonth last = YearMonth.from(LocalDate.ofInstant(clock.instant(), Billing.BUSINESS_ZONE))
                .minusMonths(1);
        try {
            runs.startForAllBrands(new StatementPeriod(last));
        } catch (RuntimeException e) {
            // A timer that throws twice is expunged for good, and next month's run would be lost with it.
            LOG.log(
                    Level.SEVERE,
                    "Could not start the statements of " + last + "; start them on the statements page",
                    e);
        }
    }
}
