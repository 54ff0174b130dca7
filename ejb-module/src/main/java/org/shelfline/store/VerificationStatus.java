package org.shelfline.store;

/** Where a store stands with one brand. */
public enum VerificationStatus {
    /** Applied, waiting in the brand's verification queue. */
    APPLIED,
    /** Verified and active: may order from the brand. */
    VERIFIED,
    /** Rejected, with a reason the shop sees. */
    REJECTED,
    /** Was verified; ordering is stopped until reinstated. */
    SUSPENDED
}
