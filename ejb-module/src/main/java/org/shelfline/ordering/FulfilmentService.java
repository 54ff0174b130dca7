package org.shelfline.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.NotFoundException;
import org.shelfline.stock.StockReservations;

/**
 * The signed-in distributor's side of orders: the inbox, accept or reject, the pick list, shipping
 * (which consumes the reserved stock) and recording what was delivered. Only orders currently routed to
 * this distributor are visible; an order re-routed away is gone from its inbox.
 */
@Stateless
public class FulfilmentService {

    public static final int REASON_MAX = 300;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Rerouting rerouting;

    @Inject
    StockReservations stock;

    @Inject
    DeliveryBilling deliveries;

    @Inject
    Clock clock;

    /** How many of my orders are in each status. */
    public Map<OrderStatus, Long> counts() {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        for (OrderStatus status : OrderStatus.values()) {
            counts.put(status, 0L);
        }
        em.createQuery(
                        "SELECT o.status, COUNT(o) FROM PurchaseOrder o WHERE o.distributor.id = :me GROUP BY o.status",
                        Object[].class)
                .setParameter("me", currentUser.distributorId())
                .getResultStream()
                .forEach(row -> counts.put((OrderStatus) row[0], ((Number) row[1]).longValue()));
        return counts;
    }

    /** My orders in one status, the most urgent first. */
    public List<PurchaseOrder> orders(OrderStatus status) {
        return em.createQuery(
                        "SELECT o FROM PurchaseOrder o JOIN FETCH o.store WHERE o.distributor.id = :me "
                                + "AND o.status = :status ORDER BY o.acceptBy, o.placedAt, o.id",
                        PurchaseOrder.class)
                .setParameter("me", currentUser.distributorId())
                .setParameter("status", status)
                .setMaxResults(500)
                .getResultList();
    }

    public PurchaseOrder order(long orderId) {
        PurchaseOrder order = em.find(PurchaseOrder.class, orderId);
        if (order == null
                || order.getDistributor() == null
                || !order.getDistributor().getId().equals(currentUser.distributorId())) {
            throw new NotFoundException("order", orderId);
        }
        return order.withDetail();
    }

    public void accept(long orderId) {
        order(orderId).accept(actor(), clock.instant());
    }

    /** Turns the order down; it goes to the next distributor, or is cancelled when nobody can take it. */
    public void reject(long orderId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("order.reasonRequired");
        }
        if (reason.length() > REASON_MAX) {
            throw new BusinessException("order.reasonTooLong", REASON_MAX);
        }
        PurchaseOrder order = order(orderId);
        order.requireStatus(OrderStatus.PLACED);
        rerouting.reroute(order, RoutingOutcome.REJECTED, reason.strip(), actor());
    }

    /** Moves every accepted order to picking; returns how many moved. */
    public int startPicking() {
        return moveToPicking(orders(OrderStatus.ACCEPTED));
    }

    /**
     * Starts picking the chosen accepted orders of mine; an id that is not one (another distributor's, no longer
     * accepted) is passed over.
     *
     * @return how many orders are now being picked
     */
    public int startPicking(Collection<Long> orderIds) {
        Set<Long> chosen = Set.copyOf(orderIds);
        return moveToPicking(orders(OrderStatus.ACCEPTED).stream()
                .filter(order -> chosen.contains(order.getId()))
                .toList());
    }

    private int moveToPicking(List<PurchaseOrder> accepted) {
        Instant now = clock.instant();
        String actor = actor();
        accepted.forEach(order -> order.startPicking(actor, now));
        return accepted.size();
    }

    /** The orders being picked, grouped by delivery district, with the cases per SKU over all of them. */
    public PickList pickList() {
        List<PurchaseOrder> toPick = orders(OrderStatus.PICKING);
        toPick.forEach(order -> order.getLines().size());
        Map<Long, List<PurchaseOrder>> byDistrict = toPick.stream()
                .collect(Collectors.groupingBy(
                        order -> order.getDeliveryDistrict().getId(), LinkedHashMap::new, Collectors.toList()));
        List<PickList.DistrictGroup> groups = byDistrict.values().stream()
                .map(orders -> new PickList.DistrictGroup(orders.get(0).getDeliveryDistrict(), orders))
                .sorted((a, b) -> a.district().getCode().compareTo(b.district().getCode()))
                .toList();
        Map<String, PickList.SkuTotal> totals = new TreeMap<>();
        toPick.forEach(order -> order.getLines()
                .forEach(line -> totals.merge(
                        line.getSkuCode(),
                        new PickList.SkuTotal(
                                line.getSkuCode(),
                                line.getSkuName().english(),
                                line.getSkuName().chinese(),
                                line.getCases()),
                        (a, b) -> new PickList.SkuTotal(a.skuCode(), a.name(), a.nameZh(), a.cases() + b.cases()))));
        return new PickList(groups, List.copyOf(totals.values()));
    }

    /** The goods leave the warehouse: the reserved cases are taken off the stock. */
    public void ship(long orderId) {
        PurchaseOrder order = order(orderId);
        String actor = actor();
        order.ship(actor, clock.instant());
        stock.consumeAll(order.getWarehouse().getId(), order.casesBySku(), actor, order.getReference());
    }

    /** What arrived per line id: {delivered, damaged}. */
    public void recordDelivery(long orderId, Map<Long, int[]> deliveredAndDamaged) {
        deliveries.record(order(orderId), deliveredAndDamaged, actor(), clock.instant());
    }

    private String actor() {
        return currentUser.caller().username();
    }
}
