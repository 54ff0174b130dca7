package org.shelfline.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shelfline.store.StoreBrandStanding;

/**
 * A store's account with a brand: the ledger balance, what is open on invoices, money not yet allocated
 * (over-payments, credit notes), the credit in use against the limit, and any hold. Invoices and ledger
 * entries come newest first.
 */
public record AccountSummary(
        StoreBrandStanding standing,
        BigDecimal balance,
        BigDecimal openInvoices,
        BigDecimal unallocatedCredit,
        List<Invoice> invoices,
        Map<Long, BigDecimal> openByInvoice,
        List<CreditNote> creditNotes,
        List<LedgerEntry> ledger,
        LocalDate today) {

    /** What is still open on an invoice (zero once settled; receipts are never open). */
    public BigDecimal open(Invoice invoice) {
        return openByInvoice.getOrDefault(invoice.getId(), BigDecimal.ZERO);
    }

    /** How overdue an invoice is, or null when nothing is open on it. */
    public AgeingBucket ageing(Invoice invoice) {
        return open(invoice).signum() > 0 && invoice.getDueDate() != null
                ? AgeingBucket.of(invoice.getDueDate(), today)
                : null;
    }
}
