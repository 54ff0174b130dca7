package org.shelfline.ordering;

import java.util.Map;
import org.shelfline.catalog.Sku;
import org.shelfline.pricing.Quote;
import org.shelfline.store.StoreBrandStanding;

/**
 * Everything one placement attempt needs, read and checked already: who orders (the shop's verified
 * standing with the brand, and the user acting), the SKUs and cases (checked against the ordering rules), the
 * price of each line, how it is paid, the key it is placed under, the fair it belongs to (if any), where its
 * lines come from, and how the stock it plans on is locked.
 */
public record PlacementRequest(
        StoreBrandStanding standing,
        String actor,
        Map<Sku, Integer> casesBySku,
        Map<Long, Quote> quotes,
        Payment payment,
        String idempotencyKey,
        Long fairId,
        OrderRequest.Origin origin,
        StockLocking locking) {}
