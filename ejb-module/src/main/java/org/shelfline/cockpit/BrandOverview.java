package org.shelfline.cockpit;

import org.shelfline.brand.Brand;

/** The numbers on a brand admin's home page. */
public record BrandOverview(
        Brand brand, long publishedSkus, long draftSkus, long verifiedStores, long storesWaiting, long distributors) {}
