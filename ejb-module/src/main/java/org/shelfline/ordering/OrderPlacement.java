package org.shelfline.ordering;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Places a shop's checkout exactly once. The idempotency key (a token in the checkout form, or the
 * API's Idempotency-Key header) is unique per store in the database: a repeat finds the first checkout,
 * and a repeat racing the first one fails on the unique key, after which the first one's orders are
 * returned. Runs outside a transaction so each attempt and the look-up get their own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OrderPlacement {

    @Inject
    OrderService orders;

    public Placement place(long brandId, List<OrderLineRequest> lines, Payment payment, String idempotencyKey,
                           boolean fromCart) {
        if (idempotencyKey != null) {
            var earlier = orders.placed(idempotencyKey);
            if (earlier.isPresent()) {
                return earlier.get().asRepeat();
            }
        }
        try {
            return orders.place(brandId, lines, payment, idempotencyKey, fromCart);
        } catch (DuplicateCheckoutException e) {
            return orders.placed(idempotencyKey).map(Placement::asRepeat).orElseThrow(() -> e);
        }
    }
}
