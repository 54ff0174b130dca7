package org.shelfline.fair;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.BusyException;
import org.shelfline.shared.Schedules;

/**
 * Places the orders of fair claims, one at a time, oldest first, in the background: woken by each new
 * claim, and every few seconds in case a wake-up was missed (a restart, a claim made on another server).
 * A claim whose order is placed is settled PLACED; one the order flow refuses (no stock, over the credit
 * limit, no longer verified) is settled REFUSED with the reason and gives its share back. "Busy" leaves
 * it waiting for the next round. Each placement gives way to a rush of claims first ({@link FairAdmission#awaitLull}).
 * Placing a claim twice (two servers) places one checkout: the claim's row is locked while it is placed.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED) // each step commits on its own: placing, then settling
public class FairClaimPlacer {

    private static final Logger LOG = Logger.getLogger(FairClaimPlacer.class.getName());
    private static final int BATCH = 100;
    static final String FAILED = "fairClaim.failed";

    @Resource
    ManagedExecutorService executor;

    @Inject
    Schedules schedules;

    @Inject
    FairClaims claims;

    @Inject
    FairOrders orders;

    @Inject
    FairAdmission admission;

    private final AtomicBoolean draining = new AtomicBoolean();

    /** Starts placing the waiting claims unless that is already under way. */
    public void wake() {
        if (draining.compareAndSet(false, true)) {
            try {
                executor.execute(this::drain);
            } catch (RuntimeException e) {
                draining.set(false);
                LOG.log(Level.WARNING, "Could not start placing fair claims; the next round will", e);
            }
        }
    }

    @Schedule(hour = "*", minute = "*", second = "*/5", persistent = false, info = "fair claim placer")
    void sweep() {
        if (schedules.off()) {
            return;
        }
        wake();
    }

    /** Settles one claim now, placed or refused; what the background does for each (tests call it directly). */
    public FairClaim.Status settle(long claimId) {
        FairClaim claim = claims.one(claimId);
        if (claim.getStatus() != FairClaim.Status.WAITING) {
            return claim.getStatus();
        }
        try {
            orders.place(claim); // settles it PLACED with its order
        } catch (BusyException e) {
            LOG.log(Level.INFO, "Fair claim {0} waits for the next round: {1}", new Object[] {claimId, e.getMessage()});
        } catch (BusinessException e) {
            claims.refuse(claimId, e.messageKey(), e.arguments());
        } catch (RuntimeException e) {
            // Not a rule the shop broke, and likely to fail again: the shop gets its share back and a
            // "could not be placed, please order again"; the log says why.
            LOG.log(Level.SEVERE, "Could not place fair claim " + claimId, e);
            claims.refuse(claimId, FAILED);
        }
        return claims.one(claimId).getStatus();
    }

    private void drain() {
        long last = 0;
        try {
            List<Long> waiting;
            while (!(waiting = claims.waitingAfter(last, BATCH)).isEmpty()) {
                for (long claimId : waiting) {
                    admission.awaitLull();
                    settleLogged(claimId);
                    last = claimId;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Placing fair claims stopped; the next round goes on", e);
        } finally {
            draining.set(false);
        }
        // A claim made while this round was ending found it still running and did not start another.
        if (!claims.waitingAfter(last, 1).isEmpty()) {
            wake();
        }
    }

    private void settleLogged(long claimId) {
        try {
            settle(claimId);
        } catch (RuntimeException e) {
            // The database itself failed (settling a refusal included): left waiting for the next round.
            LOG.log(Level.SEVERE, "Could not settle fair claim " + claimId, e);
        }
    }
}
