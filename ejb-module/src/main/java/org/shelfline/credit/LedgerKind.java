package org.shelfline.credit;

public enum LedgerKind {
    INVOICE,
    PAYMENT,
    CREDIT_NOTE,
    ADJUSTMENT
}
