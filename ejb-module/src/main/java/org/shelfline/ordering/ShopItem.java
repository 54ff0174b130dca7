package org.shelfline.ordering;

import org.shelfline.catalog.Sku;
import org.shelfline.pricing.Quote;

/** A SKU as the shop sees it: its price for the minimum order (null when unpriced) and availability. */
public record ShopItem(Sku sku, Quote quote, Availability availability) {}
