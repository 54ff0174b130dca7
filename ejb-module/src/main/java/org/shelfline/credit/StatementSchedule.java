package org.shelfline.credit;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/** On the first of each month, early in the morning (business time zone), last month's statements for all brands. */
@Singleton
public class StatementSchedule {

    @Inject
    StatementRuns runs;

    @Inject
    Clock clock;

    @Schedule(dayOfMonth = "1", hour = "3", minute = "0", timezone = "Asia/Shanghai", persistent = false,
            info = "monthly statements")
    public void monthly() {
        YearMonth last = YearMonth.from(LocalDate.ofInstant(clock.instant(), Billing.BUSINESS_ZONE)).minusMonths(1);
        runs.startForAllBrands(new StatementPeriod(last));
    }
}
