package org.shelfline.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Splits an amount over open invoices: the oldest due first (then the oldest issued), never more than is open. */
public final class Allocations {

    /** An invoice with what is still open on it. */
    public record OpenInvoice(long id, LocalDate dueDate, LocalDate issueDate, BigDecimal open) {}

    private Allocations() {}

    /** @return per invoice id, the part of {@code amount} it gets; whatever is left over is not allocated */
    public static Map<Long, BigDecimal> oldestFirst(List<OpenInvoice> invoices, BigDecimal amount) {
        Map<Long, BigDecimal> allocated = new LinkedHashMap<>();
        BigDecimal left = amount;
        List<OpenInvoice> ordered = invoices.stream()
                .filter(invoice -> invoice.open().signum() > 0)
                .sorted(Comparator.comparing(OpenInvoice::dueDate)
                        .thenComparing(OpenInvoice::issueDate)
                        .thenComparingLong(OpenInvoice::id))
                .toList();
        for (OpenInvoice invoice : ordered) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal part = left.min(invoice.open());
            allocated.put(invoice.id(), part);
            left = left.subtract(part);
        }
        return allocated;
    }
}
