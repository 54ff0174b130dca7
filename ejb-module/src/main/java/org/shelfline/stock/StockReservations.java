package org.shelfline.stock;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

import org.shelfline.audit.AuditScope;
import org.shelfline.audit.AuditTrail;
import org.shelfline.shared.BusinessException;

/**
 * Moves stock for orders: placing reserves, cancelling or rejecting releases, shipping consumes. Each
 * move is one conditional UPDATE, so check and change are a single atomic step in MariaDB: however many
 * orders race for the last cases, no more than are available are ever reserved. Called by the ordering
 * services, which have already scoped the order to its tenants; each move is audited with the order.
 *
 * <p>The updates bypass the persistence context: a {@link Stock} loaded earlier in the same transaction
 * does not show them.
 */
@Stateless
public class StockReservations {

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Reserves cases for an order, or refuses ("stock.insufficient") and changes nothing. */
    public void reserve(long warehouseId, long skuId, @Min(1) @Max(Stock.MAX_ON_HAND) int cases,
                        @NotBlank String actor, @NotBlank String orderReference) {
        move("reserved = reserved + ?", "on_hand - reserved >= ?", "stock.insufficient", "RESERVED",
                warehouseId, skuId, cases, actor, orderReference);
    }

    /** Gives reserved cases back (the order was cancelled or rejected, or moves to another warehouse). */
    public void release(long warehouseId, long skuId, @Min(1) @Max(Stock.MAX_ON_HAND) int cases,
                        @NotBlank String actor, @NotBlank String orderReference) {
        move("reserved = reserved - ?", "reserved >= ?", "stock.notReserved", "RELEASED",
                warehouseId, skuId, cases, actor, orderReference);
    }

    /** Ships reserved cases: they leave the warehouse (on hand >= reserved always holds, by the table's check). */
    public void consume(long warehouseId, long skuId, @Min(1) @Max(Stock.MAX_ON_HAND) int cases,
                        @NotBlank String actor, @NotBlank String orderReference) {
        move("reserved = reserved - ?, on_hand = on_hand - ?", "reserved >= ?", "stock.notReserved", "SHIPPED",
                warehouseId, skuId, cases, actor, orderReference);
    }

    /**
     * One conditional update: every "?" in {@code change} and {@code condition} stands for the number of
     * cases. No row changed means the condition failed, and the move is refused.
     */
    private void move(String change, String condition, String refusal, String action, long warehouseId, long skuId,
                      int cases, String actor, String orderReference) {
        var update = em.createNativeQuery("UPDATE stock SET " + change + ", updated_at = ? "
                + "WHERE warehouse_id = ? AND sku_id = ? AND " + condition);
        int position = 1;
        for (int i = 0; i < change.chars().filter(c -> c == '?').count(); i++) {
            update.setParameter(position++, cases);
        }
        update.setParameter(position++, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(position++, warehouseId)
                .setParameter(position++, skuId)
                .setParameter(position, cases);
        if (update.executeUpdate() == 0) {
            throw new BusinessException(refusal);
        }
        audited(warehouseId, skuId, actor, action, cases, orderReference);
    }

    private void audited(long warehouseId, long skuId, String actor, String action, int cases, String orderReference) {
        Object[] row = (Object[]) em.createNativeQuery("SELECT s.id, k.brand_id, w.distributor_id FROM stock s "
                        + "JOIN sku k ON k.id = s.sku_id JOIN warehouse w ON w.id = s.warehouse_id "
                        + "WHERE s.warehouse_id = ? AND s.sku_id = ?")
                .setParameter(1, warehouseId)
                .setParameter(2, skuId)
                .getSingleResult();
        audit.record(actor, new AuditScope(((Number) row[1]).longValue(), null, ((Number) row[2]).longValue()),
                StockService.AUDIT_SUBJECT, ((Number) row[0]).longValue(), action, cases + " case(s) for " + orderReference);
    }
}
