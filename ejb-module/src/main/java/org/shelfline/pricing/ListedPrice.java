package org.shelfline.pricing;

import java.math.BigDecimal;

/** A price in a list, with the SKU it is for. */
public record ListedPrice(long id, String skuCode, int minCases, BigDecimal casePrice) {}
