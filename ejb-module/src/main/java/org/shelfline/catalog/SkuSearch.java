package org.shelfline.catalog;

/**
 * One page of the SKU table: paging, one sort column (by name; unknown names sort by code) and filters
 * (text contains, case-insensitive; null means no filter).
 */
public record SkuSearch(
        int first, int pageSize, String sortBy, boolean ascending, String code, String name, SkuStatus status) {

    public SkuSearch {
        first = Math.max(0, first);
        pageSize = Math.max(1, Math.min(pageSize, 200));
    }
}
