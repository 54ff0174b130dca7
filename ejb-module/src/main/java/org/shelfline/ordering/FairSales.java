package org.shelfline.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.shelfline.identity.CurrentUser;

/**
 * What was ordered in one trade fair, read from ordering's own tables (a checkout carries the id of the
 * fair it was placed in), so the fair's dashboard and summary need not know how orders are stored. A
 * checkout with a cancelled order is left out whole, everywhere here, so the figures agree with each
 * other. Reads only, and only the signed-in brand's checkouts: another brand's fair id reads as a fair
 * that sold nothing.
 */
@Stateless
public class FairSales {

    /** Orders placed in the fair and not cancelled: how many, their total and how many shops placed them. */
    public record Totals(long orders, BigDecimal sales, long shops) {}

    /** What one SKU sold in the fair. */
    public record SkuSales(long skuId, long cases, BigDecimal sales) {}

    /** What one region (district code) or one shop (its name) bought in the fair. */
    public record GroupSales(String name, long orders, long cases, BigDecimal sales) {}

    private static final String KEPT_CHECKOUTS =
            " FROM checkout c WHERE c.fair_id = ? AND c.brand_id = ? AND NOT EXISTS (SELECT 1 "
                    + "FROM purchase_order o WHERE o.checkout_id = c.id AND o.status = 'CANCELLED')";

    private static final String KEPT_LINES = " FROM order_line l JOIN purchase_order o ON o.id = l.order_id "
            + "JOIN checkout c ON c.id = o.checkout_id WHERE c.fair_id = ? AND c.brand_id = ? AND o.status <> 'CANCELLED' ";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    public Totals totals(long fairId) {
        Object[] row = (Object[]) em.createNativeQuery(
                        "SELECT COUNT(*), COALESCE(SUM(c.total), 0), COUNT(DISTINCT c.store_id)" + KEPT_CHECKOUTS)
                .setParameter(1, fairId)
                .setParameter(2, currentUser.brandId())
                .getSingleResult();
        return new Totals(
                ((Number) row[0]).longValue(), new BigDecimal(row[1].toString()), ((Number) row[2]).longValue());
    }

    /**
     * How many of these shops have placed an order in the fair: the fair counts shops whose claims are still
     * being placed, and must not count one twice.
     */
    public long shopsThatOrderedAmong(long fairId, Collection<Long> storeIds) {
        if (storeIds.isEmpty()) {
            return 0;
        }
        Query query = em.createNativeQuery("SELECT COUNT(DISTINCT c.store_id)" + KEPT_CHECKOUTS + " AND c.store_id IN ("
                + String.join(", ", Collections.nCopies(storeIds.size(), "?")) + ")");
        query.setParameter(1, fairId).setParameter(2, currentUser.brandId());
        int position = 3;
        for (Long storeId : storeIds) {
            query.setParameter(position++, storeId);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    /** Whether any shop has placed an order in the fair, cancelled or not. */
    public boolean anyPlaced(long fairId) {
        return !em.createNativeQuery("SELECT 1 FROM checkout WHERE fair_id = ? AND brand_id = ? LIMIT 1")
                .setParameter(1, fairId)
                .setParameter(2, currentUser.brandId())
                .getResultList()
                .isEmpty();
    }

    public Map<Long, SkuSales> bySku(long fairId) {
        Map<Long, SkuSales> bySku = new HashMap<>();
        for (Object result : em.createNativeQuery(
                        "SELECT l.sku_id, SUM(l.cases), SUM(l.line_total)" + KEPT_LINES + "GROUP BY l.sku_id")
                .setParameter(1, fairId)
                .setParameter(2, currentUser.brandId())
                .getResultList()) {
            Object[] row = (Object[]) result;
            long skuId = ((Number) row[0]).longValue();
            bySku.put(skuId, new SkuSales(skuId, ((Number) row[1]).longValue(), new BigDecimal(row[2].toString())));
        }
        return bySku;
    }

    /** By delivery district, best-selling first. */
    public List<GroupSales> byDistrict(long fairId) {
        return grouped(fairId, "d.code", "JOIN district d ON d.id = o.delivery_district_id");
    }

    /** By shop, best-buying first. */
    public List<GroupSales> byStore(long fairId) {
        return grouped(fairId, "s.name", "JOIN store s ON s.id = o.store_id");
    }

    private List<GroupSales> grouped(long fairId, String name, String join) {
        String from = KEPT_LINES.replace(" WHERE ", " " + join + " WHERE ");
        return ((List<?>) em.createNativeQuery(
                                "SELECT " + name + ", COUNT(DISTINCT o.id), SUM(l.cases), SUM(l.line_total)" + from
                                        + "GROUP BY " + name + " ORDER BY SUM(l.line_total) DESC")
                        .setParameter(1, fairId)
                        .setParameter(2, currentUser.brandId())
                        .getResultList())
                .stream()
                        .map(result -> (Object[]) result)
                        .map(row -> new GroupSales(
                                (String) row[0],
                                ((Number) row[1]).longValue(),
                                ((Number) row[2]).longValue(),
                                new BigDecimal(row[3].toString())))
                        .toList();
    }
}
