package org.shelfline.credit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.shelfline.store.CreditTerms;
import org.shelfline.store.StoreBrandStanding;

/**
 * Bills deliveries. When an order's delivery is first recorded, a credit order gets an invoice for what
 * arrived in good order (due by the store's terms) and a pay-on-delivery order a receipt; a later report
 * of short or damaged cases on an invoiced order becomes a credit note. Each account (store and brand)
 * is locked while its ledger changes, so concurrent deliveries and payments cannot allocate the same
 * money twice. Credit in use ({@link CreditExposure}) follows: it always equals open invoices plus open
 * credit orders.
 */
@Stateless
public class Billing {

    /** Business days and due dates are counted in the brands' market's time zone. */
    public static final ZoneId BUSINESS_ZONE = ZoneId.of("Asia/Shanghai");

    static final String SYSTEM = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    CreditExposure credit;

    @Inject
    Clock clock;

    /**
     * Issues the invoice or receipt of an order whose delivery was just recorded (once per order), for the
     * lines that arrived in good order.
     */
    public Invoice issue(
            long orderId,
            String orderReference,
            long storeId,
            long brandId,
            boolean onCredit,
            List<DocumentLine> lines,
            String actor) {
        StoreBrandStanding account = lockAccount(storeId, brandId);
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BUSINESS_ZONE);
        Invoice invoice = onCredit
                ? new Invoice(
                        "INV-" + orderReference,
                        InvoiceKind.INVOICE,
                        storeId,
                        brandId,
                        orderId,
                        lines,
                        now,
                        today,
                        DueDates.due(account.getCreditTerms(), today))
                : new Invoice(
                        "RCT-" + orderReference,
                        InvoiceKind.RECEIPT,
                        storeId,
                        brandId,
                        orderId,
                        lines,
                        now,
                        today,
                        null);
        em.persist(invoice);
        em.flush();
        if (onCredit) {
            onTheLedger(invoice, actor);
        }
        return invoice;
    }

    /**
     * Bills cases of an order again after a disputed delivery was settled against the shop: an invoice of its
     * own ({@code INV-<order>-R1}, {@code -R2}, ...), due under the store's terms (at once for a shop that pays
     * on delivery), on the ledger like any invoice. The order's first invoice or receipt stays as issued.
     */
    public Invoice rebill(
            long orderId, String orderReference, long storeId, long brandId, List<DocumentLine> lines, String actor) {
        StoreBrandStanding account = lockAccount(storeId, brandId);
        long earlier = em.createQuery(
                        "SELECT COUNT(i) FROM Invoice i WHERE i.orderId = :order AND i.number LIKE :rebills",
                        Long.class)
                .setParameter("order", orderId)
                .setParameter("rebills", "INV-" + orderReference + "-R%")
                .getSingleResult();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, BUSINESS_ZONE);
        CreditTerms terms = account.getCreditTerms() == null ? CreditTerms.PAY_NOW : account.getCreditTerms();
        Invoice invoice = new Invoice(
                "INV-" + orderReference + "-R" + (earlier + 1),
                InvoiceKind.INVOICE,
                storeId,
                brandId,
                orderId,
                lines,
                now,
                today,
                DueDates.due(terms, today));
        em.persist(invoice);
        em.flush();
        onTheLedger(invoice, actor);
        return invoice;
    }

    /** An invoice owed on credit goes on the store's ledger, and credit the store had unallocated pays it first. */
    private void onTheLedger(Invoice invoice, String actor) {
        em.persist(new LedgerEntry(
                invoice.getStoreId(),
                invoice.getBrandId(),
                LedgerKind.INVOICE,
                invoice.getAmount(),
                invoice.getId(),
                null,
                invoice.getIssuedAt(),
                actor,
                invoice.getNumber()));
        applyUnallocatedCredit(invoice.getStoreId(), invoice.getBrandId(), actor);
    }

    /**
     * Cases reported short or damaged after the order was billed: a credit note of their value, numbered after
     * the order ({@code CN-<order>-1}, {@code -2}, ...), corrects the invoice or receipt, which stays as issued.
     * On the ledger it lowers what the store owes; after a receipt (paid on delivery) it leaves money on the
     * account, which settles the store's next invoice.
     *
     * @return the credit note, or empty when nothing was credited or the order was never billed
     */
    public java.util.Optional<CreditNote> creditNote(long orderId, List<DocumentLine> credited, String actor) {
        if (credited.isEmpty() || DocumentLine.total(credited).signum() <= 0) {
            return java.util.Optional.empty();
        }
        // The order's own invoice or receipt (re-bills after a dispute come later, with higher ids).
        Invoice invoice = em.createQuery(
                        "SELECT i FROM Invoice i WHERE i.orderId = :order ORDER BY i.id", Invoice.class)
                .setParameter("order", orderId)
                .getResultStream()
                .findFirst()
                .orElse(null);
        if (invoice == null) {
            return java.util.Optional.empty();
        }
        lockAccount(invoice.getStoreId(), invoice.getBrandId());
        long earlier = em.createQuery("SELECT COUNT(c) FROM CreditNote c WHERE c.orderId = :order", Long.class)
                .setParameter("order", orderId)
                .getSingleResult();
        String orderReference =
                invoice.getNumber().substring(invoice.getNumber().indexOf('-') + 1);
        Instant now = clock.instant();
        CreditNote note = new CreditNote(
                "CN-" + orderReference + "-" + (earlier + 1),
                invoice,
                credited,
                now,
                LocalDate.ofInstant(now, BUSINESS_ZONE),
                actor);
        em.persist(note);
        em.flush();
        em.persist(LedgerEntry.of(note, actor));
        em.flush();
        applyUnallocatedCredit(invoice.getStoreId(), invoice.getBrandId(), actor);
        return java.util.Optional.of(note);
    }

    /**
     * Settles open invoices, oldest due first, with the account's money not yet allocated (over-payments,
     * credit notes); the credit in use goes down by what was settled.
     */
    public void applyUnallocatedCredit(long storeId, long brandId, String actor) {
        List<Allocations.OpenInvoice> open = OpenInvoices.of(em, storeId, brandId);
        BigDecimal unallocated = OpenInvoices.total(open).subtract(balance(storeId, brandId));
        if (unallocated.signum() <= 0 || open.isEmpty()) {
            return;
        }
        settle(storeId, brandId, null, Allocations.oldestFirst(open, unallocated), actor);
    }

    public void settle(long storeId, long brandId, Long paymentId, Map<Long, BigDecimal> allocations, String actor) {
        BigDecimal settled = BigDecimal.ZERO;
        for (Map.Entry<Long, BigDecimal> allocation : allocations.entrySet()) {
            em.persist(new PaymentAllocation(paymentId, allocation.getKey(), allocation.getValue()));
            int lowered = em.createNativeQuery(
                            "UPDATE invoice SET open_amount = open_amount - ? WHERE id = ? AND open_amount >= ?")
                    .setParameter(1, allocation.getValue())
                    .setParameter(2, allocation.getKey())
                    .setParameter(3, allocation.getValue())
                    .executeUpdate();
            if (lowered != 1) {
                // The account is locked while its ledger changes, so this is a bug, not a race: refuse it whole.
                throw new IllegalStateException(
                        "invoice " + allocation.getKey() + " has less than " + allocation.getValue() + " open");
            }
            settled = settled.add(allocation.getValue());
        }
        credit.giveBack(
                storeId, brandId, settled, actor, paymentId == null ? "credit applied" : "payment " + paymentId);
    }

    /** What the store owes the brand by its ledger (negative: the brand owes the store). */
    public BigDecimal balance(long storeId, long brandId) {
        Object sum = em.createNativeQuery(
                        "SELECT COALESCE(SUM(amount), 0) FROM ledger_entry WHERE store_id = ? AND brand_id = ?")
                .setParameter(1, storeId)
                .setParameter(2, brandId)
                .getSingleResult();
        return new BigDecimal(sum.toString());
    }

    public StoreBrandStanding lockAccount(long storeId, long brandId) {
        StoreBrandStanding standing = em.createQuery(
                        "SELECT b FROM StoreBrandStanding b WHERE b.store.id = :store " + "AND b.brand.id = :brand",
                        StoreBrandStanding.class)
                .setParameter("store", storeId)
                .setParameter("brand", brandId)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getSingleResult();
        return standing;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), BUSINESS_ZONE);
    }
}
