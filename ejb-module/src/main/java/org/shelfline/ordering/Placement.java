package org.shelfline.ordering;

import java.math.BigDecimal;
import java.util.List;

/**
 * The outcome of a checkout: its reference and the orders it became, each with the distributor that
 * will deliver. {@code repeated} is true when the same idempotency key had already placed it.
 */
public record Placement(
        long checkoutId,
        String reference,
        BigDecimal total,
        Payment payment,
        List<PurchaseOrder> orders,
        boolean repeated) {

    public Placement asRepeat() {
        return new Placement(checkoutId, reference, total, payment, orders, true);
    }
}
