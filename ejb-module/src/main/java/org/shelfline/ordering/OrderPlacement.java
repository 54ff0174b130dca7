package org.shelfline.ordering;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.BusyException;
import org.shelfline.shared.LockConflicts;

/**
 * Places a shop's checkout exactly once. The idempotency key (a token in the checkout form, or the
 * API's Idempotency-Key header) is unique per store in the database: a repeat finds the first checkout,
 * and a repeat racing the first one fails on the unique key, after which the first one's orders are
 * returned. A placement overtaken by a concurrent order (the stock it planned on is gone, or MariaDB rolled
 * it back over a lock conflict) is tried again. Runs outside a transaction so each attempt and the
 * look-up get their own. (A fair's orders are claimed first and placed from the claim the same way:
 * {@link #placeRetrying}.)
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
    public static final int ATTEMPTS = 4;

    private static final String STOCK_OVERTAKEN = "stock.insufficient";

    @Inject
    CheckoutService checkouts;

    /**
     * No look-up by key before placing: the checkout's unique key stops a repeat at its insert, before any
     * stock or credit is touched, and the first placement answers it. A repeat refused on its way there
     * (its lines no longer orderable, say) is answered with the first placement too.
     */
    public Placement place(OrderRequest request) {
        // Only a key a client may use answers for an earlier placement: a refused key ("fair-claim-7", say)
        // must not be answered with the checkout that key belongs to.
        String key = request.idempotencyKey();
        Supplier<Optional<Placement>> earlier =
                () -> Checkout.isClientKey(key) ? checkouts.placed(key) : Optional.empty();
        try {
            return placeRetrying(earlier, locking -> checkouts.place(request, locking));
        } catch (BusinessException e) {
            return earlier.get().map(Placement::asRepeat).orElseThrow(() -> e);
        }
    }

    /**
     * Runs placement attempts (each its own transaction) until one places, is refused, or finds its key
     * taken meanwhile, which is answered with what that key placed. Tries again when overtaken or in a lock
     * conflict; the last try locks the stock rows first.
     */
    public Placement placeRetrying(Supplier<Optional<Placement>> earlier, Function<StockLocking, Placement> attempt) {
        for (int tries = 1; ; tries++) {
            boolean lastTry = tries == ATTEMPTS;
            try {
                return attempt.apply(StockLocking.forTry(tries, ATTEMPTS));
            } catch (DuplicateCheckoutException e) {
                return earlier.get().map(Placement::asRepeat).orElseThrow(() -> e);
            } catch (BusinessException e) {
                // Overtaken between the unlocked plan and the reservation: plan again on fresh stock.
                if (lastTry || !STOCK_OVERTAKEN.equals(e.messageKey())) {
                    throw e;
                }
            } catch (EJBException e) {
                if (!LockConflicts.isLockConflict(e)) {
                    throw e;
                }
                if (lastTry) {
                    throw new BusyException("order.busy", LockConflicts.RETRY_AFTER_SECONDS);
                }
            }
        }
    }
}
