package org.shelfline.credit;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.NotFoundException;
import org.shelfline.store.StoreBrandStanding;

/**
 * The signed-in brand's receivables: each store's account, payments (allocated to the oldest open
 * invoices first, or to chosen ones; an over-payment stays as credit), manual credit holds and credit
 * limit changes, each recorded with who, when and what. Shops read their own accounts here too.
 */
@Stateless
public class CreditAccounts {

    public static final BigDecimal MAX_AMOUNT = new BigDecimal("9999999999.99");
    public static final int REASON_MAX = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Billing billing;

    @Inject
    CreditHolds holds;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** A store's account with my brand. */
    public AccountSummary account(long storeId) {
        return summary(standing(storeId, currentUser.brandId()));
    }

    /** One line per store that has credit terms or invoices with my brand. */
    public record Receivable(StoreBrandStanding standing, BigDecimal openInvoices, BigDecimal overdue) {}

    /** My brand's receivables: every store on credit terms or with invoices, most open first. */
    public List<Receivable> receivables() {
        long brandId = currentUser.brandId();
        Map<Long, BigDecimal[]> amounts = new java.util.HashMap<>();
        for (Object result : em.createNativeQuery("SELECT store_id, SUM(open_amount), "
                        + "SUM(CASE WHEN due_date < ? THEN open_amount ELSE 0 END) "
                        + "FROM invoice WHERE brand_id = ? AND open_amount > 0 GROUP BY store_id")
                .setParameter(1, billing.today())
                .setParameter(2, brandId)
                .getResultList()) {
            Object[] row = (Object[]) result;
            amounts.put(
                    ((Number) row[0]).longValue(),
                    new BigDecimal[] {new BigDecimal(row[1].toString()), new BigDecimal(row[2].toString())});
        }
        return em.createQuery(
                        "SELECT b FROM StoreBrandStanding b JOIN FETCH b.store WHERE b.brand.id = :brand "
                                + "AND b.status <> org.shelfline.store.VerificationStatus.APPLIED ORDER BY b.store.name",
                        StoreBrandStanding.class)
                .setParameter("brand", brandId)
                .getResultStream()
                .filter(standing -> standing.grantsCredit()
                        || amounts.containsKey(standing.getStore().getId()))
                .map(standing -> {
                    BigDecimal[] due = amounts.getOrDefault(
                            standing.getStore().getId(), new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
                    return new Receivable(standing, due[0], due[1]);
                })
                .sorted(java.util.Comparator.comparing(Receivable::openInvoices).reversed())
                .toList();
    }

    /** An invoice or receipt with its lines, for the document: only the shop's own, or the brand's own. */
    public Invoice document(long invoiceId) {
        Invoice invoice = em.find(Invoice.class, invoiceId);
        if (invoice == null || !mine(invoice.getStoreId(), invoice.getBrandId())) {
            throw new NotFoundException("invoice", invoiceId);
        }
        invoice.getLines().size();
        return invoice;
    }

    /** A credit note with its lines, for the document: only the shop's own, or the brand's own. */
    public CreditNote creditNoteDocument(long creditNoteId) {
        CreditNote note = em.find(CreditNote.class, creditNoteId);
        if (note == null || !mine(note.getStoreId(), note.getBrandId())) {
            throw new NotFoundException("credit note", creditNoteId);
        }
        note.getLines().size();
        return note;
    }

    /** The invoice a credit note corrects (the caller has read the note as its own). */
    public Invoice corrected(CreditNote note) {
        return em.find(Invoice.class, note.getInvoiceId());
    }

    /** The credit notes of one of my shop's orders, oldest first. */
    public List<CreditNote> myCreditNotesForOrder(long orderId) {
        return em.createQuery(
                        "SELECT c FROM CreditNote c WHERE c.orderId = :order AND c.storeId = :store ORDER BY c.id",
                        CreditNote.class)
                .setParameter("order", orderId)
                .setParameter("store", currentUser.storeId())
                .getResultList();
    }

    /** Whether a document of this store and brand is the signed-in shop's own, or its brand's own. */
    private boolean mine(long storeId, long brandId) {
        org.shelfline.identity.Role role = currentUser.caller().role();
        return role == org.shelfline.identity.Role.STORE_OWNER
                ? storeId == currentUser.storeId()
                : role == org.shelfline.identity.Role.BRAND_ADMIN && brandId == currentUser.brandId();
    }

    /** The invoice or receipt of one of my shop's orders, if it has been billed. */
    public java.util.Optional<Invoice> myInvoiceForOrder(long orderId) {
        return em.createQuery(
                        "SELECT i FROM Invoice i WHERE i.orderId = :order AND i.storeId = :store ORDER BY i.id",
                        Invoice.class)
                .setParameter("order", orderId)
                .setParameter("store", currentUser.storeId())
                .getResultStream()
                .findFirst();
    }

    /** My brand's open invoices by store and by how overdue they are (today, in the business time zone). */
    public AgeingReport ageing() {
        long brandId = currentUser.brandId();
        LocalDate today = billing.today();
        Map<Long, AgeingReport.Row> rows = new java.util.LinkedHashMap<>();
        Map<AgeingBucket, BigDecimal> totals = AgeingReport.emptyBuckets();
        // Open invoices only, summed per store and due date: the rows grow with the stores owing, not with history.
        for (Object result : em.createNativeQuery("SELECT s.id, s.name, i.due_date, SUM(i.open_amount) FROM invoice i "
                        + "JOIN store s ON s.id = i.store_id WHERE i.brand_id = ? AND i.open_amount > 0 "
                        + "GROUP BY s.id, s.name, i.due_date ORDER BY s.name, s.id")
                .setParameter(1, brandId)
                .getResultList()) {
            Object[] row = (Object[]) result;
            BigDecimal open = new BigDecimal(row[3].toString());
            LocalDate due = row[2] instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) row[2];
            AgeingBucket bucket = AgeingBucket.of(due, today);
            long storeId = ((Number) row[0]).longValue();
            rows.computeIfAbsent(storeId, id -> new AgeingReport.Row(id, (String) row[1], AgeingReport.emptyBuckets()))
                    .amounts()
                    .merge(bucket, open, BigDecimal::add);
            totals.merge(bucket, open, BigDecimal::add);
        }
        return new AgeingReport(List.copyOf(rows.values()), totals);
    }

    /** My shop's account with a brand. */
    public AccountSummary myAccount(long brandId) {
        long storeId = currentUser.storeId();
        return summary(em.createQuery(
                        "SELECT b FROM StoreBrandStanding b WHERE b.store.id = :store AND b.brand.id = :brand",
                        StoreBrandStanding.class)
                .setParameter("store", storeId)
                .setParameter("brand", brandId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("brand", brandId)));
    }

    /** My shop's invoices and receipts with every brand, newest first. */
    public List<Invoice> myInvoices() {
        return em.createQuery(
                        "SELECT i FROM Invoice i WHERE i.storeId = :store ORDER BY i.issuedAt DESC", Invoice.class)
                .setParameter("store", currentUser.storeId())
                .getResultList();
    }

    /**
     * Records a payment from a store and allocates it: to the chosen invoices (oldest due first), or to
     * all open invoices when none are chosen. What is left stays on the account as credit.
     *
     * @return the payment's id
     */
    public long recordPayment(
            long storeId,
            BigDecimal amount,
            LocalDate paidOn,
            PaymentMethod method,
            String reference,
            List<Long> chosenInvoices) {
        long brandId = currentUser.brandId();
        standing(storeId, brandId);
        if (amount == null
                || amount.signum() <= 0
                || amount.compareTo(MAX_AMOUNT) > 0
                || amount.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("payment.amountInvalid");
        }
        if (paidOn == null
                || paidOn.isAfter(billing.today())
                || paidOn.isBefore(billing.today().minusYears(5))) {
            throw new BusinessException("payment.dateInvalid");
        }
        if (method == null) {
            throw new BusinessException("payment.methodRequired");
        }
        String cleanReference = reference == null || reference.isBlank() ? null : reference.strip();
        if (cleanReference != null && cleanReference.length() > Payment.REFERENCE_MAX) {
            throw new BusinessException("payment.referenceTooLong", Payment.REFERENCE_MAX);
        }
        billing.lockAccount(storeId, brandId);
        String actor = currentUser.caller().username();
        List<Allocations.OpenInvoice> open = OpenInvoices.of(em, storeId, brandId);
        if (chosenInvoices != null && !chosenInvoices.isEmpty()) {
            for (Long invoiceId : chosenInvoices) {
                Invoice invoice = em.find(Invoice.class, invoiceId);
                if (invoice == null
                        || invoice.getStoreId() != storeId
                        || invoice.getBrandId() != brandId
                        || invoice.getKind() != InvoiceKind.INVOICE) {
                    throw new NotFoundException("invoice", invoiceId);
                }
            }
            open = open.stream()
                    .filter(invoice -> chosenInvoices.contains(invoice.id()))
                    .toList();
        }
        Payment payment = new Payment(storeId, brandId, amount, paidOn, method, cleanReference, clock.instant(), actor);
        em.persist(payment);
        em.flush();
        em.persist(new LedgerEntry(
                storeId,
                brandId,
                LedgerKind.PAYMENT,
                amount.negate(),
                null,
                payment.getId(),
                clock.instant(),
                actor,
                method.name() + (cleanReference == null ? "" : " " + cleanReference)));
        Map<Long, BigDecimal> allocations = Allocations.oldestFirst(open, amount);
        billing.settle(storeId, brandId, payment.getId(), allocations, actor);
        audit.record(
                actor,
                AuditScope.brandAndStore(brandId, storeId),
                CreditExposure.AUDIT_SUBJECT,
                storeId,
                "PAYMENT_RECORDED",
                amount.toPlainString() + " " + method.name() + (cleanReference == null ? "" : " " + cleanReference));
        em.flush();
        holds.review(storeId, brandId);
        return payment.getId();
    }

    /** Stops new credit orders for a store until the brand lifts the hold. */
    public void placeHold(long storeId, String reason) {
        long brandId = currentUser.brandId();
        holds.setManual(
                standing(storeId, brandId),
                true,
                requireReason(reason),
                currentUser.caller().username());
    }

    public void liftHold(long storeId, String reason) {
        long brandId = currentUser.brandId();
        holds.setManual(
                standing(storeId, brandId),
                false,
                requireReason(reason),
                currentUser.caller().username());
    }

    public static final int MAX_GRACE_DAYS = 365;

    /** My brand's grace days: how long past due an invoice may stay open before the store goes on hold. */
    public int graceDays() {
        return ((Number) em.createNativeQuery("SELECT grace_days FROM brand WHERE id = ?")
                        .setParameter(1, currentUser.brandId())
                        .getSingleResult())
                .intValue();
    }

    public void changeGraceDays(Integer days) {
        long brandId = currentUser.brandId();
        if (days == null || days < 0 || days > MAX_GRACE_DAYS) {
            throw new BusinessException("credit.graceInvalid", MAX_GRACE_DAYS);
        }
        int old = graceDays();
        em.createNativeQuery("UPDATE brand SET grace_days = ? WHERE id = ?")
                .setParameter(1, days)
                .setParameter(2, brandId)
                .executeUpdate();
        audit.record(
                currentUser.caller().username(),
                new AuditScope(brandId, null, null),
                CreditExposure.AUDIT_SUBJECT,
                brandId,
                "GRACE_CHANGED",
                old + " -> " + days);
    }

    /** Changes a verified store's credit limit; the change is recorded with the old and new value. */
    public void changeLimit(long storeId, BigDecimal limit) {
        long brandId = currentUser.brandId();
        StoreBrandStanding standing = standing(storeId, brandId);
        if (limit == null
                || limit.signum() < 0
                || limit.compareTo(MAX_AMOUNT) > 0
                || limit.stripTrailingZeros().scale() > 2) {
            throw new BusinessException("credit.limitInvalid");
        }
        BigDecimal old = standing.getCreditLimit();
        standing.changeCreditLimit(limit);
        audit.record(
                currentUser.caller().username(),
                AuditScope.brandAndStore(brandId, storeId),
                CreditExposure.AUDIT_SUBJECT,
                storeId,
                "LIMIT_CHANGED",
                (old == null ? "none" : old.toPlainString()) + " -> " + limit.toPlainString());
    }

    private String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("order.reasonRequired");
        }
        if (reason.length() > REASON_MAX) {
            throw new BusinessException("order.reasonTooLong", REASON_MAX);
        }
        return reason.strip();
    }

    private StoreBrandStanding standing(long storeId, long brandId) {
        return em.createQuery(
                        "SELECT b FROM StoreBrandStanding b WHERE b.store.id = :store AND b.brand.id = :brand",
                        StoreBrandStanding.class)
                .setParameter("store", storeId)
                .setParameter("brand", brandId)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("store", storeId));
    }

    private AccountSummary summary(StoreBrandStanding standing) {
        em.refresh(standing);
        long storeId = standing.getStore().getId();
        long brandId = standing.getBrand().getId();
        List<Allocations.OpenInvoice> open = OpenInvoices.of(em, storeId, brandId);
        BigDecimal balance = billing.balance(storeId, brandId);
        BigDecimal openTotal = OpenInvoices.total(open);
        List<Invoice> invoices = em.createQuery(
                        "SELECT i FROM Invoice i WHERE i.storeId = :store AND i.brandId = :brand "
                                + "ORDER BY i.issuedAt DESC",
                        Invoice.class)
                .setParameter("store", storeId)
                .setParameter("brand", brandId)
                .getResultList();
        List<LedgerEntry> ledger = em.createQuery(
                        "SELECT e FROM LedgerEntry e WHERE e.storeId = :store AND e.brandId = :brand "
                                + "ORDER BY e.occurredAt DESC, e.id DESC",
                        LedgerEntry.class)
                .setParameter("store", storeId)
                .setParameter("brand", brandId)
                .getResultList();
        List<CreditNote> creditNotes = em.createQuery(
                        "SELECT c FROM CreditNote c WHERE c.storeId = :store AND c.brandId = :brand "
                                + "ORDER BY c.issuedAt DESC, c.id DESC",
                        CreditNote.class)
                .setParameter("store", storeId)
                .setParameter("brand", brandId)
                .getResultList();
        Map<Long, BigDecimal> openByInvoice = new java.util.HashMap<>();
        open.forEach(invoice -> openByInvoice.put(invoice.id(), invoice.open()));
        return new AccountSummary(
                standing,
                balance,
                openTotal,
                openTotal.subtract(balance).max(BigDecimal.ZERO),
                invoices,
                openByInvoice,
                creditNotes,
                ledger,
                billing.today());
    }
}
