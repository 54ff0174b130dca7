package org.shelfline.fair;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.shelfline.identity.CurrentUser;
import org.shelfline.ordering.CheckoutService;
import org.shelfline.ordering.OrderLineRequest;
import org.shelfline.ordering.OrderPlacement;
import org.shelfline.ordering.Payment;
import org.shelfline.ordering.Placement;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.LockConflicts;

/**
 * Orders in a trade fair: claimed first, answered as soon as the shop's share is taken, and placed from
 * the claim afterwards in the background ({@link FairClaimPlacer}) through the normal placement. Runs
 * outside a transaction so that each try gets its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FairOrders {

    @Inject
    FairAdmission fairAdmission;

    @Inject
    FairClaiming claiming;

    @Inject
    FairClaims claims;

    @Inject
    FairClaimPlacer placer;

    @Inject
    OrderPlacement placement;

    @Inject
    CheckoutService checkouts;

    @Inject
    CurrentUser currentUser;

    /** A fair claim, and whether the same key had made it before. */
    public record Claimed(FairClaim claim, boolean repeated) {}

    /**
     * The fair's prices, allocation and per-shop caps apply, and a shop that loses the race is refused here
     * ("sold out", "cap reached"). The same key returns the first claim.
     */
    public Claimed claim(long fairId, List<OrderLineRequest> lines, Payment payment, String idempotencyKey) {
        Claimed claimed;
        try {
            fairAdmission.countClaimBy(currentUser.caller().username());
            claimed = fairAdmission.admit(() -> LockConflicts.retrying(
                    OrderPlacement.ATTEMPTS,
                    () -> new Claimed(claiming.claim(fairId, lines, payment, idempotencyKey), false)));
        } catch (DuplicateClaimException | BusinessException e) {
            // A repeat is answered with the first claim, even when the fair has sold out since. Looked up only
            // here, not before every claim: in a rush every statement counts.
            return Optional.ofNullable(idempotencyKey)
                    .flatMap(claims::mine)
                    .map(first -> new Claimed(first, true))
                    .orElseThrow(() -> e);
        }
        placer.wake();
        return claimed;
    }

    /**
     * Places the order of a waiting fair claim (see {@link FairClaimPlacer}); a claim placed already returns
     * its checkout (the claim's locked row says so: no look-up by key first).
     */
    public Placement place(FairClaim claim) {
        return placement.placeRetrying(
                () -> checkouts.placed(claim.getStoreId(), claim.checkoutKey()),
                locking -> claiming.placeClaim(claim.getId(), locking));
    }
}
