package org.shelfline.stock;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
    public void reserve(
            long warehouseId,
            long skuId,
            @Min(1) @Max(Stock.MAX_ON_HAND) int cases,
            @NotBlank String actor,
            @NotBlank String orderReference) {
        reserveAll(warehouseId, Map.of(skuId, cases), actor, orderReference);
    }

    /** Gives reserved cases back (the order was cancelled or rejected, or moves to another warehouse). */
    public void release(
            long warehouseId,
            long skuId,
            @Min(1) @Max(Stock.MAX_ON_HAND) int cases,
            @NotBlank String actor,
            @NotBlank String orderReference) {
        releaseAll(warehouseId, Map.of(skuId, cases), actor, orderReference);
    }

    /** Ships reserved cases: they leave the warehouse (on hand >= reserved always holds, by the table's check). */
    public void consume(
            long warehouseId,
            long skuId,
            @Min(1) @Max(Stock.MAX_ON_HAND) int cases,
            @NotBlank String actor,
            @NotBlank String orderReference) {
        consumeAll(warehouseId, Map.of(skuId, cases), actor, orderReference);
    }

    /** {@link #reserve} for every line of an order at once (cases per SKU id, each at least 1). */
    public void reserveAll(
            long warehouseId, Map<Long, Integer> casesBySku, @NotBlank String actor, @NotBlank String orderReference) {
        moveAll(
                "reserved = reserved + ?",
                "on_hand - reserved >= ?",
                "stock.insufficient",
                "RESERVED",
                warehouseId,
                casesBySku,
                actor,
                orderReference);
    }

    public void releaseAll(
            long warehouseId, Map<Long, Integer> casesBySku, @NotBlank String actor, @NotBlank String orderReference) {
        moveAll(
                "reserved = reserved - ?",
                "reserved >= ?",
                "stock.notReserved",
                "RELEASED",
                warehouseId,
                casesBySku,
                actor,
                orderReference);
    }

    public void consumeAll(
            long warehouseId, Map<Long, Integer> casesBySku, @NotBlank String actor, @NotBlank String orderReference) {
        moveAll(
                "reserved = reserved - ?, on_hand = on_hand - ?",
                "reserved >= ?",
                "stock.notReserved",
                "SHIPPED",
                warehouseId,
                casesBySku,
                actor,
                orderReference);
    }

    /**
     * One conditional UPDATE for all the SKUs: every "?" in {@code change} and {@code condition} stands
     * for the SKU's number of cases. Fewer rows changed than SKUs asked for means a condition failed, and
     * the move is refused (the caller's transaction rolls back, so nothing of it stays). MariaDB locks the
     * rows in index order, so concurrent moves of overlapping SKUs queue rather than deadlock.
     */
    private void moveAll(
            String change,
            String condition,
            String refusal,
            String action,
            long warehouseId,
            Map<Long, Integer> casesBySku,
            String actor,
            String orderReference) {
        if (casesBySku.isEmpty()) {
            return;
        }
        for (Map.Entry<Long, Integer> line : casesBySku.entrySet()) {
            if (line.getValue() == null || line.getValue() < 1) {
                throw new BusinessException("order.casesPositive", line.getKey());
            }
        }
        // Everything else is written first: from the update on, this transaction holds stock row locks
        // other orders may be waiting for, so what follows it should be the commit alone. (Its own
        // statements then skip the pre-query flush, which would only re-check every managed entity.)
        em.flush();
        audited(warehouseId, casesBySku, actor, action, orderReference);
        Map<Long, Integer> bySku = new TreeMap<>(casesBySku);
        String casesOfRow = "(CASE sku_id" + " WHEN ? THEN ?".repeat(bySku.size()) + " END)";
        String skus = String.join(", ", Collections.nCopies(bySku.size(), "?"));
        String sql = "UPDATE stock SET " + change.replace("?", casesOfRow) + ", updated_at = ? WHERE warehouse_id = ? "
                + "AND sku_id IN (" + skus + ") AND " + condition.replace("?", casesOfRow);
        var update = em.createNativeQuery(sql).setFlushMode(FlushModeType.COMMIT);
        int position = 1;
        for (int i = 0; i < change.chars().filter(c -> c == '?').count(); i++) {
            position = bindCases(update, position, bySku);
        }
        update.setParameter(position++, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
                .setParameter(position++, warehouseId);
        for (Long skuId : bySku.keySet()) {
            update.setParameter(position++, skuId);
        }
        position = bindCases(update, position, bySku);
        if (update.executeUpdate() != bySku.size()) {
            throw new BusinessException(refusal);
        }
    }

    private static int bindCases(jakarta.persistence.Query query, int position, Map<Long, Integer> casesBySku) {
        for (Map.Entry<Long, Integer> line : casesBySku.entrySet()) {
            query.setParameter(position++, line.getKey());
            query.setParameter(position++, line.getValue());
        }
        return position;
    }

    /** One audit event per stock row moved; the rows' ids and tenants are looked up in one query. */
    private void audited(
            long warehouseId, Map<Long, Integer> casesBySku, String actor, String action, String orderReference) {
        var rows = em.createNativeQuery("SELECT s.id, s.sku_id, k.brand_id, w.distributor_id FROM stock s "
                        + "JOIN sku k ON k.id = s.sku_id JOIN warehouse w ON w.id = s.warehouse_id "
                        + "WHERE s.warehouse_id = ? AND s.sku_id IN ("
                        + String.join(", ", Collections.nCopies(casesBySku.size(), "?"))
                        + ")")
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter(1, warehouseId);
        int position = 2;
        for (Long skuId : casesBySku.keySet()) {
            rows.setParameter(position++, skuId);
        }
        List<AuditTrail.Entry> entries = new ArrayList<>();
        for (Object result : rows.getResultList()) {
            Object[] row = (Object[]) result;
            int cases = casesBySku.get(((Number) row[1]).longValue());
            entries.add(new AuditTrail.Entry(
                    new AuditScope(((Number) row[2]).longValue(), null, ((Number) row[3]).longValue()),
                    ((Number) row[0]).longValue(),
                    cases + " case(s) for " + orderReference));
        }
        audit.recordAll(actor, StockService.AUDIT_SUBJECT, action, entries);
    }
}
