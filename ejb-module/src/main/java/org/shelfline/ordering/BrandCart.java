package org.shelfline.ordering;

import java.math.BigDecimal;
import java.util.List;
import org.shelfline.catalog.Sku;
import org.shelfline.pricing.Quote;
import org.shelfline.store.StoreBrandStanding;

/** The shop's cart for one brand, priced for this shop now, with the credit it can use. */
public record BrandCart(StoreBrandStanding standing, List<Item> items, BigDecimal total) {

    /** A cart line; {@code quote} is null when no price covers the quantity. */
    public record Item(Sku sku, int cases, Quote quote) {}

    public long brandId() {
        return standing.getBrand().getId();
    }
}
