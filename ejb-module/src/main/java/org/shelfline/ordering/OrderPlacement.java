package org.shelfline.ordering;

import java.sql.SQLTransactionRollbackException;
import java.util.List;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.shelfline.fair.FairAdmission;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.BusyException;

/**
 * Places a shop's checkout exactly once. The idempotency key (a token in the checkout form, or the
 * API's Idempotency-Key header) is unique per store in the database: a repeat finds the first checkout,
 * and a repeat racing the first one fails on the unique key, after which the first one's orders are
 * returned. A placement overtaken by a concurrent order (the stock it planned on is gone, or MariaDB rolled
 * it back over a lock conflict) is tried again. Runs outside a transaction so each attempt and the
 * look-up get their own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderPlacement {

    /**
     * Tries at placing. All but the last plan on an unlocked read of the stock and let the reservation's
     * conditional updates catch a concurrent order taking the same stock; the last locks the candidate
     * stock rows before planning, so under heavy contention an order still gets through or gets an
     * honest "cannot fill".
     */
    static final int ATTEMPTS = 4;

    private static final String STOCK_OVERTAKEN = "stock.insufficient";
    /** After ATTEMPTS lock conflicts in a row, the rows are contended right now; a moment later they may not be. */
    private static final int LOCK_CONFLICT_RETRY_AFTER_SECONDS = 2;

    @Inject
    OrderService orders;

    @Inject
    FairAdmission fairAdmission;

    public Placement place(long brandId, List<OrderLineRequest> lines, Payment payment, String idempotencyKey,
                           boolean fromCart) {
        return place(brandId, null, lines, payment, idempotencyKey, fromCart);
    }

    /** An order in a trade fair: the fair's prices, allocation and per-shop cap apply. */
    public Placement placeInFair(long fairId, List<OrderLineRequest> lines, Payment payment, String idempotencyKey) {
        long brandId = orders.brandOfFair(fairId);
        return fairAdmission.admit(() -> place(brandId, fairId, lines, payment, idempotencyKey, false));
    }

    private Placement place(long brandId, Long fairId, List<OrderLineRequest> lines, Payment payment, String idempotencyKey,
                            boolean fromCart) {
        if (idempotencyKey != null) {
            var earlier = orders.placed(idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get().asRepeat();
            }
        }
        for (int attempt = 1; ; attempt++) {
            boolean lastTry = attempt == ATTEMPTS;
            try {
                return orders.place(brandId, fairId, lines, payment, idempotencyKey, fromCart, lastTry);
            } catch (DuplicateCheckoutException e) {
                return orders.placed(idempotencyKey).map(Placement::asRepeat).orElseThrow(() -> e);
            } catch (BusinessException e) {
                // Overtaken between the unlocked plan and the reservation: plan again on fresh stock.
                if (lastTry || !STOCK_OVERTAKEN.equals(e.messageKey())) {
                    throw e;
                }
            } catch (EJBException e) {
                if (!isLockConflict(e)) {
                    throw e;
                }
                if (lastTry) {
                    throw new BusyException("order.busy", LOCK_CONFLICT_RETRY_AFTER_SECONDS);
                }
            }
        }
    }

    /** A deadlock or lock wait time-out: MariaDB rolled the transaction back, and trying again is safe. */
    private static boolean isLockConflict(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransactionRollbackException) {
                return true;
            }
        }
        return false;
    }
}
