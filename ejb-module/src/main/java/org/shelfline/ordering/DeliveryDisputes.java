package org.shelfline.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.credit.Billing;
import org.shelfline.credit.CreditExposure;
import org.shelfline.credit.DocumentLine;
import org.shelfline.credit.Invoice;
import org.shelfline.identity.Caller;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.ConcurrentEditException;
import org.shelfline.shared.NotFoundException;

/**
 * Deliveries a shop disputed (it reported fewer good cases than were shipped or than the distributor
 * reported): opened by the shop's report, seen by the shop, the distributor and the brand, settled by the
 * brand. Every opening and settlement is in the audit trail.
 */
@Stateless
public class DeliveryDisputes {

    static final String AUDIT_SUBJECT = "DELIVERY_DISPUTE";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Billing billing;

    @Inject
    CreditExposure credit;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The shop denied these cases in its delivery report: opens the order's dispute, or adds to the open one. */
    public void denied(PurchaseOrder order, List<DocumentLine> cases, String actor, Instant at) {
        Optional<DeliveryDispute> open = em.createQuery(
                        "SELECT d FROM DeliveryDispute d WHERE d.orderId = :order " + "AND d.status = :open",
                        DeliveryDispute.class)
                .setParameter("order", order.getId())
                .setParameter("open", DeliveryDispute.Status.OPEN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultStream()
                .findFirst();
        DeliveryDispute dispute = open.orElseGet(() -> new DeliveryDispute(order, List.of(), actor, at));
        java.math.BigDecimal before = dispute.getAmount();
        dispute.deny(cases);
        if (open.isEmpty()) {
            em.persist(dispute);
        }
        em.flush();
        audit.record(
                actor,
                scope(dispute),
                AUDIT_SUBJECT,
                dispute.getId(),
                open.isEmpty() ? "OPENED" : "MORE_DENIED",
                "order " + order.getReference() + ": denied " + before.toPlainString() + " -> "
                        + dispute.getAmount().toPlainString());
    }

    /** A dispute as the brand's list shows it: with its order, shop and distributor. */
    public record Row(
            DeliveryDispute dispute,
            long orderId,
            String orderReference,
            String storeName,
            org.shelfline.shared.BilingualName distributorName) {}

    /** My brand's disputes, open ones first, newest first within each (the latest 200). */
    public List<Row> mine() {
        return em
                .createQuery(
                        "SELECT d, o.id, o.reference, o.store.name, o.distributor.name FROM DeliveryDispute d, PurchaseOrder o "
                                + "WHERE o.id = d.orderId AND d.brandId = :brand ORDER BY d.status, d.openedAt DESC, d.id DESC",
                        Object[].class)
                .setParameter("brand", currentUser.brandId())
                .setMaxResults(200)
                .getResultList()
                .stream()
                .map(row -> new Row(
                        (DeliveryDispute) row[0],
                        (Long) row[1],
                        (String) row[2],
                        (String) row[3],
                        (org.shelfline.shared.BilingualName) row[4]))
                .toList();
    }

    /** How many of my brand's disputes wait for a decision. */
    public long openCount() {
        return em.createQuery(
                        "SELECT COUNT(d) FROM DeliveryDispute d WHERE d.brandId = :brand AND d.status = :open",
                        Long.class)
                .setParameter("brand", currentUser.brandId())
                .setParameter("open", DeliveryDispute.Status.OPEN)
                .getSingleResult();
    }

    /** The latest dispute of an order, as its shop, its distributor or its brand may see it; empty for anyone else. */
    public Optional<DeliveryDispute> ofOrder(long orderId) {
        Caller caller = currentUser.caller();
        String mine = switch (caller.role()) {
            case STORE_OWNER -> "d.storeId";
            case DISTRIBUTOR -> "d.distributorId";
            case BRAND_ADMIN -> "d.brandId";
            case PLATFORM_ADMIN -> null;
        };
        if (mine == null) {
            return Optional.empty();
        }
        return em.createQuery(
                        "SELECT d FROM DeliveryDispute d WHERE d.orderId = :order AND " + mine + " = :me "
                                + "ORDER BY d.openedAt DESC, d.id DESC",
                        DeliveryDispute.class)
                .setParameter("order", orderId)
                .setParameter("me", caller.organisationId())
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }

    /**
     * The brand decides: the shop's count stands (its credit stays), or the denied cases are billed again with an
     * invoice of their own ({@code INV-<order>-R1}); on credit, that uses the shop's credit even past its limit (the
     * goods were delivered). A re-bill needs a note saying why.
     */
    public void settle(long disputeId, long expectedVersion, DeliveryDispute.Settlement how, String note) {
        if (how == null) {
            throw new BusinessException("dispute.settlementRequired");
        }
        String why = note == null || note.isBlank() ? null : note.strip();
        if (why != null && why.length() > DeliveryDispute.NOTE_MAX) {
            throw new BusinessException("dispute.noteTooLong", DeliveryDispute.NOTE_MAX);
        }
        if (how == DeliveryDispute.Settlement.REBILLED && why == null) {
            throw new BusinessException("dispute.noteRequired");
        }
        DeliveryDispute dispute = em.find(DeliveryDispute.class, disputeId, LockModeType.PESSIMISTIC_WRITE);
        if (dispute == null || dispute.getBrandId() != currentUser.brandId()) {
            throw new NotFoundException("dispute", disputeId);
        }
        if (dispute.getVersion() != expectedVersion) {
            throw new ConcurrentEditException();
        }
        String actor = currentUser.caller().username();
        Instant now = clock.instant();
        Long rebill = null;
        if (how == DeliveryDispute.Settlement.REBILLED) {
            PurchaseOrder order = em.find(PurchaseOrder.class, dispute.getOrderId());
            Invoice invoice = billing.rebill(
                    order.getId(),
                    order.getReference(),
                    dispute.getStoreId(),
                    dispute.getBrandId(),
                    dispute.getLines(),
                    actor);
            if (order.getPayment() == Payment.CREDIT) {
                credit.charge(
                        dispute.getStoreId(), dispute.getBrandId(), invoice.getAmount(), actor, invoice.getNumber());
            }
            rebill = invoice.getId();
        }
        dispute.settle(how, actor, why, rebill, now);
        audit.record(
                actor,
                scope(dispute),
                AUDIT_SUBJECT,
                dispute.getId(),
                "SETTLED",
                "status: OPEN -> SETTLED, settlement: " + how + ", amount: "
                        + dispute.getAmount().toPlainString() + (why == null ? "" : ", note: " + why));
    }

    private static AuditScope scope(DeliveryDispute dispute) {
        return new AuditScope(dispute.getBrandId(), dispute.getStoreId(), dispute.getDistributorId());
    }
}
