package org.shelfline.ordering;

import org.shelfline.catalog.Sku;
import org.shelfline.catalog.SkuStatus;
import org.shelfline.shared.BusinessException;

/**
 * What a shop may order of a SKU: whole cases, at least the minimum, then in the SKU's increments
 * (minimum 3, increment 2: 3, 5, 7...), and no more than a sane ceiling that catches typing slips.
 */
public final class OrderRules {

    /** Far above any small shop's order of one SKU; a bigger number is a typing slip. */
    public static final int MAX_CASES = 9_999;

    /** Lines on one order. */
    public static final int MAX_LINES = 200;

    private OrderRules() {}

    public static void check(Sku sku, int cases) {
        if (sku.getStatus() != SkuStatus.PUBLISHED) {
            throw new BusinessException("order.skuUnavailable", sku.getCode());
        }
        if (cases < 1) {
            throw new BusinessException("order.casesPositive", sku.getCode());
        }
        if (cases > MAX_CASES) {
            throw new BusinessException("order.tooManyCases", sku.getCode(), MAX_CASES);
        }
        if (cases < sku.getMinOrderCases()) {
            throw new BusinessException("order.belowMinimum", sku.getCode(), sku.getMinOrderCases());
        }
        if ((cases - sku.getMinOrderCases()) % sku.getOrderIncrementCases() != 0) {
            throw new BusinessException(
                    "order.notIncrement", sku.getCode(), sku.getMinOrderCases(), sku.getOrderIncrementCases());
        }
    }
}
