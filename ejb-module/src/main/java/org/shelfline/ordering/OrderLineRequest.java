package org.shelfline.ordering;

/** One line as the shop asks for it: a SKU code of the brand and a number of cases. */
public record OrderLineRequest(String skuCode, int cases) {}
