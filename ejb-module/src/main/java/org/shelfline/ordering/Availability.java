package org.shelfline.ordering;

/** What a shop is told about stock: never the exact count, which is the distributor's business. */
public enum Availability {
    IN_STOCK,
    LOW,
    OUT;

    /** Low means fewer than five minimum orders' worth (and fewer than 20 cases) free to promise. */
    public static Availability of(long freeCases, int minOrderCases) {
        if (freeCases < minOrderCases) {
            return OUT;
        }
        return freeCases < Math.min(20L, 5L * minOrderCases) || freeCases < minOrderCases * 2L ? LOW : IN_STOCK;
    }
}
