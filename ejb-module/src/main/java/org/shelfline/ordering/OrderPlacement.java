package org.shelfline.ordering;

import java.sql.SQLTransactionRollbackException;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.ejb.EJBException;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.shelfline.fair.FairAdmission;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.BusyException;

/**
 * Places a shop's checkout exactly once. The idempotency key (a token in the checkout form, or the
 * API's Idempotency-Key header) is unique per store in the database: a repeat finds the first checkout,
 * and a repeat racing the first one fails on the unique key, after which the first one's orders are
 * returned. A placement overtaken by a concurrent order (the stock it planned on is gone, or MariaDB rolled
 * it back over a lock conflict) is tried again. Runs outside a transaction so each attempt and the
 * look-up get their own. An order at a fair is claimed here first ({@link #claimInFair}) and placed
 * from the claim afterwards, the same way, with the claim's key.
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

    @Inject
    FairClaims claims;

    @Inject
    FairClaimPlacer placer;

    @Inject
    CurrentUser currentUser;

    public Placement place(long brandId, List<OrderLineRequest> lines, Payment payment, String idempotencyKey, boolean fromCart) {
        return placeOnce(idempotencyKey, lastTry -> orders.place(brandId, lines, payment, idempotencyKey, fromCart, lastTry));
    }

    /** As {@link #place(long, List, Payment, String, boolean)}, with the brand named by its code (the API). */
    public Placement place(String brandCode, List<OrderLineRequest> lines, Payment payment, String idempotencyKey) {
        return placeOnce(idempotencyKey, lastTry -> orders.place(brandCode, lines, payment, idempotencyKey, lastTry));
    }

    /**
     * An order in a trade fair, answered as soon as the shop's share is taken: the fair's prices, allocation
     * and per-shop caps apply, and a shop that loses the race is refused here ("sold out", "cap reached").
     * The order itself is placed from the claim in the background ({@link FairClaimPlacer}), through the
     * normal flow. The same key returns the first claim.
     */
    public Claimed claimInFair(long fairId, List<OrderLineRequest> lines, Payment payment, String idempotencyKey) {
        Claimed claimed;
        try {
            fairAdmission.countClaimBy(currentUser.caller().username());
            claimed = fairAdmission.admit(() -> retryingLockConflicts(() -> new Claimed(
                    orders.claimInFair(fairId, lines, payment, idempotencyKey), false)));
        } catch (DuplicateCheckoutException | BusinessException e) {
            // A repeat is answered with the first claim, even when the fair has sold out since. Looked up only
            // here, not before every claim: in a rush every statement counts.
            return Optional.ofNullable(idempotencyKey).flatMap(claims::mine).map(first -> new Claimed(first, true))
                    .orElseThrow(() -> e);
        }
        placer.wake();
        return claimed;
    }

    /** A fair claim, and whether the same key had made it before. */
    public record Claimed(FairClaim claim, boolean repeated) {
    }

    /**
     * Places the order of a waiting fair claim (see {@link FairClaimPlacer}); a claim placed already returns
     * its checkout (the claim's locked row says so: no look-up by key first).
     */
    public Placement placeClaim(FairClaim claim) {
        return tryPlacing(() -> orders.placed(claim.getStoreId(), claim.checkoutKey()),
                lastTry -> orders.placeClaim(claim.getId(), lastTry));
    }

    /**
     * No look-up by key before placing: the checkout's unique key stops a repeat at its insert, before any
     * stock or credit is touched, and the first placement answers it. A repeat refused on its way there
     * (its lines no longer orderable, say) is answered with the first placement too.
     */
    private Placement placeOnce(String idempotencyKey, Function<Boolean, Placement> attempt) {
        // Only a key a client may use answers for an earlier placement: a refused key ("fair-claim-7", say)
        // must not be answered with the checkout that key belongs to.
        Supplier<Optional<Placement>> earlier = () -> Checkout.isClientKey(idempotencyKey)
                ? orders.placed(idempotencyKey) : Optional.empty();
        try {
            return tryPlacing(earlier, attempt);
        } catch (BusinessException e) {
            return earlier.get().map(Placement::asRepeat).orElseThrow(() -> e);
        }
    }

    /** Tries again when overtaken or in a lock conflict; a key taken meanwhile is answered with what it placed. */
    private Placement tryPlacing(Supplier<Optional<Placement>> earlier, Function<Boolean, Placement> attempt) {
        for (int tries = 1; ; tries++) {
            boolean lastTry = tries == ATTEMPTS;
            try {
                return attempt.apply(lastTry);
            } catch (DuplicateCheckoutException e) {
                return earlier.get().map(Placement::asRepeat).orElseThrow(() -> e);
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

    /** A claim is small and takes no stock: only a lock conflict is worth trying again. */
    private static <T> T retryingLockConflicts(Supplier<T> claim) {
        for (int tries = 1; ; tries++) {
            try {
                return claim.get();
            } catch (EJBException e) {
                if (!isLockConflict(e)) {
                    throw e;
                }
                if (tries == ATTEMPTS) {
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
