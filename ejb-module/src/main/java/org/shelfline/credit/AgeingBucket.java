package org.shelfline.credit;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** How far past its due date an open invoice is. */
public enum AgeingBucket {
    CURRENT,
    DAYS_1_30,
    DAYS_31_60,
    DAYS_61_90,
    OVER_90;

    public static AgeingBucket of(LocalDate due, LocalDate today) {
        long overdue = ChronoUnit.DAYS.between(due, today);
        if (overdue <= 0) {
            return CURRENT;
        }
        if (overdue <= 30) {
            return DAYS_1_30;
        }
        if (overdue <= 60) {
            return DAYS_31_60;
        }
        return overdue <= 90 ? DAYS_61_90 : OVER_90;
    }
}
