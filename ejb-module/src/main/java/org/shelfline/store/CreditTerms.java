package org.shelfline.store;

/** How a verified store pays a brand. Anything but PAY_NOW needs a credit limit. */
public enum CreditTerms {
    /** Pay on delivery; no credit. */
    PAY_NOW,
    NET_15,
    NET_30,
    /** Monthly statement, due at the end of the following month. */
    MONTHLY
}
