package org.shelfline.pricing;

import java.math.BigDecimal;

/**
 * The price of {@code cases} cases: per case and for the line, and where it came from (the price list's
 * name, or null for the SKU's base price).
 */
public record Quote(long skuId, int cases, BigDecimal casePrice, BigDecimal lineTotal, String priceList) {}
