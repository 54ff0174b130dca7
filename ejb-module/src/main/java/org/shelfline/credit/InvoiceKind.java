package org.shelfline.credit;

/** An invoice is paid later on credit terms; a receipt records a pay-on-delivery order as paid. */
public enum InvoiceKind {
    INVOICE,
    RECEIPT
}
