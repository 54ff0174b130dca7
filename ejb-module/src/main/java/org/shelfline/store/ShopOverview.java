package org.shelfline.store;

import java.util.List;

/** The shop owner's home page: the shop and where it stands with each brand. */
public record ShopOverview(Store store, List<StoreBrandStanding> standings) {}
