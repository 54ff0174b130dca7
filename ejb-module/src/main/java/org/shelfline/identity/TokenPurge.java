package org.shelfline.identity;

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

/** Deletes expired API tokens every hour. */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TokenPurge {

    private static final Logger LOG = Logger.getLogger(TokenPurge.class.getName());

    @Inject
    Schedules schedules;

    @Inject
    ApiTokens tokens;

    @Schedule(hour = "*", minute = "23", persistent = false, info = "expired API tokens")
    void hourly() {
        if (schedules.off()) {
            return;
        }
        // A timer that throws twice is expunged for good.
        try {
            int purged = tokens.purgeExpired();
            LOG.fine(() -> purged + " expired API token(s) deleted");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not delete the expired API tokens; trying again next hour", e);
        }
    }
}
