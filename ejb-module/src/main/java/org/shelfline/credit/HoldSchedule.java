package org.shelfline.credit;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shelfline.shared.Schedules;

/** Reviews credit holds every hour (invoices become overdue with the calendar, not with an action). */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HoldSchedule {

    private static final Logger LOG = Logger.getLogger(HoldSchedule.class.getName());

    @Inject
    Schedules schedules;

    @Inject
    CreditHolds holds;

    @Schedule(hour = "*", minute = "7", persistent = false, info = "credit hold review")
    public void hourly() {
        if (schedules.off()) {
            return;
        }
        // A timer that throws twice is expunged for good; a database that is away now is back next hour.
        try {
            reviewAll();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not review the credit holds; trying again next hour", e);
        }
    }

    /** @return how many accounts were reviewed */
    public int reviewAll() {
        int reviewed = 0;
        for (long[] account : holds.accountsToReview()) {
            try {
                holds.review(account[0], account[1]);
                reviewed++;
            } catch (RuntimeException e) {
                LOG.log(
                        Level.WARNING,
                        "Could not review the credit hold of store " + account[0] + " with brand " + account[1],
                        e);
            }
        }
        return reviewed;
    }
}
