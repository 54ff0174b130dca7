package org.shelfline.pricing;

import java.time.Instant;
import java.util.List;

/**
 * One price list as the resolver needs it: whom it targets, when it applies, and its breaks for one SKU.
 * A null tier or region targets every store in that respect.
 */
public record PriceListRule(
        long id,
        String name,
        String storeTier,
        String regionCode,
        Instant validFrom,
        Instant validUntil,
        List<PriceBreak> breaks) {

    public PriceListRule {
        breaks = List.copyOf(breaks);
    }

    boolean targets(String tier, String districtCode) {
        return (storeTier == null || storeTier.equals(tier))
                && (regionCode == null
                        || (districtCode != null
                                && (districtCode.equals(regionCode) || districtCode.startsWith(regionCode + "-"))));
    }

    boolean appliesAt(Instant at) {
        return (validFrom == null || !at.isBefore(validFrom)) && (validUntil == null || at.isBefore(validUntil));
    }

    /** More targeted lists win: tier and region (3) over region (2) over tier (1) over everyone (0). */
    int specificity() {
        return (regionCode == null ? 0 : 2) + (storeTier == null ? 0 : 1);
    }
}
