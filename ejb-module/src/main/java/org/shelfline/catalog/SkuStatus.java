package org.shelfline.catalog;

/** Only published SKUs can be ordered. */
public enum SkuStatus {
    DRAFT,
    PUBLISHED,
    WITHDRAWN
}
