package org.shelfline.credit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.store.StoreBrandStanding;

/**
 * Credit holds. A store with an invoice overdue by more than the brand's grace days goes on hold
 * automatically (new credit orders are refused; pay on delivery still works), and comes off it when
 * nothing is overdue any more. A hold the brand placed by hand stays until the brand lifts it. Every
 * change is audited.
 */
@Stateless
public class CreditHolds {

    /** How an automatic hold's reason starts, followed by the invoice numbers; pages put it in the reader's language. */
    public static final String OVERDUE_REASON = "overdue invoices: ";

    static final String AUTO = "AUTO";
    static final String MANUAL = "MANUAL";

    @PersistenceContext
    EntityManager em;

    @Inject
    Billing billing;

    @Inject
    AuditTrail audit;

    /** Places or lifts the automatic hold of one account as its invoices now stand. */
    public void review(long storeId, long brandId) {
        Object[] account =
                (Object[]) em.createNativeQuery("SELECT sb.id, sb.hold_kind, b.grace_days FROM store_brand sb "
                                + "JOIN brand b ON b.id = sb.brand_id WHERE sb.store_id = ? AND sb.brand_id = ?")
                        .setParameter(1, storeId)
                        .setParameter(2, brandId)
                        .getSingleResult();
        String kind = (String) account[1];
        int graceDays = ((Number) account[2]).intValue();
        var overdueLimit = billing.today().minusDays(graceDays);
        List<Long> overdue = OpenInvoices.of(em, storeId, brandId).stream()
                .filter(invoice -> invoice.dueDate().isBefore(overdueLimit))
                .map(Allocations.OpenInvoice::id)
                .toList();
        if (!overdue.isEmpty() && kind == null) {
            List<String> numbers = em.createQuery(
                            "SELECT i.number FROM Invoice i WHERE i.id IN :ids ORDER BY i.number", String.class)
                    .setParameter("ids", overdue)
                    .getResultList();
            setHold(((Number) account[0]).longValue(), AUTO, overdueReason(numbers));
            audit.record(
                    Billing.SYSTEM,
                    AuditScope.brandAndStore(brandId, storeId),
                    CreditExposure.AUDIT_SUBJECT,
                    storeId,
                    "HOLD_PLACED",
                    "automatic: " + overdue.size() + " invoice(s) overdue beyond " + graceDays + " day(s)");
        } else if (overdue.isEmpty() && AUTO.equals(kind)) {
            setHold(((Number) account[0]).longValue(), null, null);
            audit.record(
                    Billing.SYSTEM,
                    AuditScope.brandAndStore(brandId, storeId),
                    CreditExposure.AUDIT_SUBJECT,
                    storeId,
                    "HOLD_LIFTED",
                    "automatic: nothing overdue");
        }
    }

    /** Every account with an open invoice past due, or on automatic hold. */
    public List<long[]> accountsToReview() {
        return em.createNativeQuery(
                        "SELECT DISTINCT store_id, brand_id FROM invoice WHERE open_amount > 0 AND due_date < ? "
                                + "UNION SELECT store_id, brand_id FROM store_brand WHERE hold_kind = 'AUTO'")
                .setParameter(1, billing.today())
                .getResultStream()
                .map(row -> new long[] {
                    ((Number) ((Object[]) row)[0]).longValue(), ((Number) ((Object[]) row)[1]).longValue()
                })
                .toList();
    }

    public void setManual(StoreBrandStanding standing, boolean hold, String reason, String actor) {
        setHold(standing.getId(), hold ? MANUAL : null, hold ? reason : null);
        audit.record(
                actor,
                AuditScope.brandAndStore(
                        standing.getBrand().getId(), standing.getStore().getId()),
                CreditExposure.AUDIT_SUBJECT,
                standing.getStore().getId(),
                hold ? "HOLD_PLACED" : "HOLD_LIFTED",
                reason);
    }

    /** "overdue invoices: INV-1, INV-2", as many numbers as the reason holds, then how many more. */
    static String overdueReason(List<String> numbers) {
        StringBuilder reason = new StringBuilder(OVERDUE_REASON);
        for (int i = 0; i < numbers.size(); i++) {
            String next = (i == 0 ? "" : ", ") + numbers.get(i);
            String more = " (+" + (numbers.size() - i) + ")";
            if (reason.length() + next.length() + more.length() > org.shelfline.store.StoreBrandStanding.REASON_MAX) {
                return reason.append(more).toString();
            }
            reason.append(next);
        }
        return reason.toString();
    }

    private void setHold(long standingId, String kind, String reason) {
        em.createNativeQuery("UPDATE store_brand SET hold_kind = ?, hold_reason = ? WHERE id = ?")
                .setParameter(1, kind)
                .setParameter(2, reason)
                .setParameter(3, standingId)
                .executeUpdate();
    }
}
