package org.shelfline.ordering;

/** How the shop pays: cash when the goods arrive, or on the credit terms the brand granted. */
public enum Payment {
    CASH_ON_DELIVERY,
    CREDIT
}
