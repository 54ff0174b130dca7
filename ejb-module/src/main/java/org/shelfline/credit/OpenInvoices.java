package org.shelfline.credit;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Reads what is still open on a store's invoices with a brand. */
final class OpenInvoices {

    private OpenInvoices() {}

    static List<Allocations.OpenInvoice> of(EntityManager em, long storeId, long brandId) {
        List<Allocations.OpenInvoice> open = new ArrayList<>();
        for (Object result : em.createNativeQuery("SELECT id, due_date, issue_date, open_amount FROM invoice "
                        + "WHERE brand_id = ? AND store_id = ? AND open_amount > 0")
                .setParameter(1, brandId)
                .setParameter(2, storeId)
                .getResultList()) {
            Object[] row = (Object[]) result;
            open.add(new Allocations.OpenInvoice(
                    ((Number) row[0]).longValue(), toDate(row[1]), toDate(row[2]), new BigDecimal(row[3].toString())));
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
