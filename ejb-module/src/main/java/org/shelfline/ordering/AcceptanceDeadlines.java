package org.shelfline.ordering;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shelfline.shared.Schedules;

/**
 * The EJB timer behind the brand's acceptance time limit. Deadlines are stored on the orders, so a
 * non-persistent schedule that looks every minute is enough and survives restarts; each overdue order is
 * re-routed in its own transaction, so one failure does not hold up the others.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AcceptanceDeadlines {

    private static final Logger LOG = Logger.getLogger(AcceptanceDeadlines.class.getName());

    @PersistenceContext
    EntityManager em;

    @Inject
    Schedules schedules;

    @Inject
    Rerouting rerouting;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "*", persistent = false, info = "order acceptance deadlines")
    public void everyMinute() {
        if (schedules.off()) {
            return;
        }
        // A timer that throws twice is expunged for good; a database that is away now is back next minute.
        try {
            expireOverdue();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not look for overdue orders; trying again next minute", e);
        }
    }

    /** @return how many overdue orders were moved on */
    public int expireOverdue() {
        List<Long> overdue = em.createQuery(
                        "SELECT o.id FROM PurchaseOrder o WHERE o.status = :placed "
                                + "AND o.acceptBy < :now ORDER BY o.acceptBy",
                        Long.class)
                .setParameter("placed", OrderStatus.PLACED)
                .setParameter("now", clock.instant())
                .setMaxResults(500)
                .getResultList();
        int moved = 0;
        for (Long orderId : overdue) {
            try {
                moved += rerouting.timeOut(orderId) ? 1 : 0;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Could not re-route overdue order " + orderId, e);
            }
        }
        return moved;
    }
}
