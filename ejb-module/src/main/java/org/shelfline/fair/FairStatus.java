package org.shelfline.fair;

public enum FairStatus {
    DRAFT,
    PUBLISHED
}
