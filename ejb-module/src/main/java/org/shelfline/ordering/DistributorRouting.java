package org.shelfline.ordering;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.shelfline.distribution.Warehouse;
import org.shelfline.shared.BusinessException;

/**
 * Decides which distributor's warehouse fills an order. Candidates are the warehouses of the distributors
 * the brand assigned to the shop's district, in the brand's priority order.
 */
@Stateless
public class DistributorRouting {

    @PersistenceContext
    EntityManager em;

    /** Cases per SKU that go to one warehouse, and why. */
    public record Allocation(
            Warehouse warehouse, Map<Long, Integer> casesBySku, RoutingOutcome outcome, String detail) {}

    /**
     * The allocation for a new order: the first warehouse that can fill every line, or else one part per
     * warehouse (each line from the first that can fill it), or a refusal naming the SKUs nobody can fill.
     *
     * <p>The stock is read as {@link StockLocking} says: unlocked (a reservation overtaken is tried again), or
     * with every candidate row locked first.
     */
    public List<Allocation> plan(
            long brandId,
            long districtId,
            Map<Long, Integer> casesBySku,
            Map<Long, String> codes,
            StockLocking locking) {
        List<Warehouse> candidates = candidates(brandId, districtId, Set.of());
        if (candidates.isEmpty()) {
            throw new BusinessException("order.noDistributor");
        }
        return RoutingPlan.decide(candidates, free(candidates, casesBySku.keySet(), locking), casesBySku, codes);
    }

    /** The next warehouse, of a distributor not yet tried, that can fill the whole order; no splitting. */
    public Optional<Allocation> reroute(
            long brandId, long districtId, Map<Long, Integer> casesBySku, Set<Long> triedDistributors) {
        List<Warehouse> candidates = candidates(brandId, districtId, triedDistributors);
        if (candidates.isEmpty()) {
            return Optional.empty();
        }
        return RoutingPlan.firstToFillAll(
                candidates, free(candidates, casesBySku.keySet(), StockLocking.LOCK_ROWS_FIRST), casesBySku);
    }

    private List<Warehouse> candidates(long brandId, long districtId, Set<Long> excludedDistributors) {
        return em.createQuery(
                        "SELECT w FROM TerritoryAssignment t, Warehouse w JOIN FETCH w.distributor JOIN FETCH w.district "
                                + "WHERE w.distributor = t.distributor AND t.brand.id = :brand AND t.district.id = :district "
                                + "ORDER BY t.priority, w.id",
                        Warehouse.class)
                .setParameter("brand", brandId)
                .setParameter("district", districtId)
                .getResultStream()
                .filter(w -> !excludedDistributors.contains(w.getDistributor().getId()))
                .toList();
    }

    /** What each candidate has free to promise per SKU id. */
    private Map<Warehouse, Map<Long, Integer>> free(
            List<Warehouse> candidates, Set<Long> skuIds, StockLocking locking) {
        Map<Long, Map<Long, Integer>> byId = available(candidates, skuIds, locking);
        Map<Warehouse, Map<Long, Integer>> free = new HashMap<>();
        candidates.forEach(w -> free.put(w, byId.getOrDefault(w.getId(), new HashMap<>())));
        return free;
    }

    /**
     * Cases free to promise, per warehouse and SKU; rows locked first stay locked until the transaction ends.
     */
    private Map<Long, Map<Long, Integer>> available(
            List<Warehouse> warehouses, Set<Long> skuIds, StockLocking locking) {
        Map<Long, Map<Long, Integer>> available = new HashMap<>();
        warehouses.forEach(w -> available.put(w.getId(), new HashMap<>()));
        if (warehouses.isEmpty() || skuIds.isEmpty()) {
            return available;
        }
        if (locking.locksRows()) {
            lockById(stockIds(warehouses, skuIds))
                    .forEach((warehouse, free) -> available.get(warehouse).putAll(free));
            return available;
        }
        var read = em.createNativeQuery(
                "SELECT warehouse_id, sku_id, on_hand - reserved FROM stock WHERE warehouse_id IN ("
                        + placeholders(warehouses.size()) + ") AND sku_id IN (" + placeholders(skuIds.size()) + ")");
        bind(read, warehouses, skuIds);
        for (Object result : read.getResultList()) {
            Object[] row = (Object[]) result;
            available
                    .get(((Number) row[0]).longValue())
                    .put(((Number) row[1]).longValue(), ((Number) row[2]).intValue());
        }
        return available;
    }

    private List<Long> stockIds(List<Warehouse> warehouses, Set<Long> skuIds) {
        var find = em.createNativeQuery("SELECT id FROM stock WHERE warehouse_id IN (" + placeholders(warehouses.size())
                + ") AND sku_id IN (" + placeholders(skuIds.size()) + ")");
        bind(find, warehouses, skuIds);
        List<Long> ids = new ArrayList<>();
        for (Object id : find.getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    /**
     * Locks stock rows by primary key in ascending order: every placement takes its locks in the same
     * order, whichever index the optimiser would pick, so orders for the same SKUs queue instead of
     * deadlocking. Returns what is free to promise per warehouse and SKU.
     */
    private Map<Long, Map<Long, Integer>> lockById(List<Long> stockIds) {
        Map<Long, Map<Long, Integer>> free = new HashMap<>();
        if (stockIds.isEmpty()) {
            return free;
        }
        List<Long> ordered = new ArrayList<>(new java.util.TreeSet<>(stockIds));
        var lock = em.createNativeQuery("SELECT warehouse_id, sku_id, on_hand - reserved FROM stock WHERE id IN ("
                + placeholders(ordered.size()) + ") ORDER BY id FOR UPDATE");
        for (int i = 0; i < ordered.size(); i++) {
            lock.setParameter(i + 1, ordered.get(i));
        }
        for (Object result : lock.getResultList()) {
            Object[] row = (Object[]) result;
            free.computeIfAbsent(((Number) row[0]).longValue(), w -> new HashMap<>())
                    .put(((Number) row[1]).longValue(), ((Number) row[2]).intValue());
        }
        return free;
    }

    private static void bind(jakarta.persistence.Query query, List<Warehouse> warehouses, Set<Long> skuIds) {
        int position = 1;
        for (Warehouse warehouse : warehouses) {
            query.setParameter(position++, warehouse.getId());
        }
        for (Long skuId : skuIds) {
            query.setParameter(position++, skuId);
        }
    }

    private static String placeholders(int count) {
        return String.join(", ", Collections.nCopies(count, "?"));
    }
}
