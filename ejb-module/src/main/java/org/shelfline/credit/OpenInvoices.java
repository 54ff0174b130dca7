package org.shelfline.credit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManager;

/** Reads what is still open on a store's invoices with a brand (amount less what settled it). */
final class OpenInvoices {

    private OpenInvoices() {
    }

    static List<Allocations.OpenInvoice> of(EntityManager em, long storeId, long brandId) {
        List<Allocations.OpenInvoice> open = new ArrayList<>();
        for (Object result : em.createNativeQuery("SELECT i.id, i.due_date, i.issue_date, "
                        + "i.amount - COALESCE((SELECT SUM(a.amount) FROM payment_allocation a WHERE a.invoice_id = i.id), 0) "
                        + "FROM invoice i WHERE i.store_id = ? AND i.brand_id = ? AND i.kind = 'INVOICE'")
                .setParameter(1, storeId)
                .setParameter(2, brandId)
                .getResultList()) {
            Object[] row = (Object[]) result;
            BigDecimal left = new BigDecimal(row[3].toString());
            if (left.signum() > 0) {
                open.add(new Allocations.OpenInvoice(((Number) row[0]).longValue(), toDate(row[1]), toDate(row[2]), left));
            }
        }
        return open;
    }

    static BigDecimal total(List<Allocations.OpenInvoice> invoices) {
        return invoices.stream().map(Allocations.OpenInvoice::open).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
