package org.shelfline.credit;

import java.math.BigDecimal;
import java.util.List;

import org.shelfline.store.StoreBrandStanding;

/**
 * A store's account with a brand: the ledger balance, what is open on invoices, money not yet allocated
 * (over-payments, credit notes), the credit in use against the limit, and any hold.
 */
public record AccountSummary(StoreBrandStanding standing, BigDecimal balance, BigDecimal openInvoices,
                             BigDecimal unallocatedCredit, List<Invoice> invoices, List<LedgerEntry> ledger) {
}
