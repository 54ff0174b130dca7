package org.shelfline.credit;

import java.math.BigDecimal;

/** One account's month as the ledger tells it: what it owed before, what came and went, what it owes after. */
public record StatementFigures(
        long storeId,
        long brandId,
        BigDecimal opening,
        BigDecimal invoiced,
        BigDecimal paid,
        BigDecimal credited,
        int entries) {

    public BigDecimal closing() {
        return opening.add(invoiced).subtract(paid).subtract(credited);
    }
}
