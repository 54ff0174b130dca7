package org.shelfline.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.shelfline.credit.CreditExposure;
import org.shelfline.credit.DocumentLine;
import org.shelfline.identity.CurrentUser;
import org.shelfline.shared.NotFoundException;
import org.shelfline.stock.StockReservations;

/**
 * The signed-in shop's orders after they are placed: reading them, cancelling one before a distributor
 * accepts it, and confirming what arrived. Another shop's order is not found.
 */
@Stateless
public class ShopOrders {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    CheckoutService checkouts;

    @Inject
    StockReservations stock;

    @Inject
    CreditExposure credit;

    @Inject
    DeliveryBilling deliveries;

    @Inject
    DeliveryDisputes disputes;

    @Inject
    Clock clock;

    /** The shop's orders, newest first. */
    public List<PurchaseOrder> myOrders() {
        return em.createQuery(
                        "SELECT o FROM PurchaseOrder o LEFT JOIN FETCH o.distributor WHERE o.store.id = :store "
                                + "ORDER BY o.placedAt DESC, o.id DESC",
                        PurchaseOrder.class)
                .setParameter("store", currentUser.storeId())
                .setMaxResults(200)
                .getResultList();
    }

    /** One of the shop's orders with its lines, history and routing. */
    public PurchaseOrder myOrder(long orderId) {
        PurchaseOrder order = em.find(PurchaseOrder.class, orderId);
        if (order == null || !order.getStore().getId().equals(currentUser.storeId())) {
            throw new NotFoundException("order", orderId);
        }
        return order.withDetail();
    }

    /** The shop's orders placed by one checkout. */
    public Placement myCheckout(long checkoutId) {
        Checkout checkout = em.find(Checkout.class, checkoutId);
        if (checkout == null || checkout.getStoreId() != currentUser.storeId()) {
            throw new NotFoundException("checkout", checkoutId);
        }
        return checkouts.placementOf(checkout);
    }

    /** Cancels an order no distributor has accepted yet: its stock and credit go back. */
    public void cancel(long orderId) {
        PurchaseOrder order = myOrder(orderId);
        String actor = currentUser.caller().username();
        order.requireStatus(OrderStatus.PLACED);
        stock.releaseAll(order.getWarehouse().getId(), order.casesBySku(), actor, order.getReference());
        order.cancel(actor, clock.instant(), null);
        if (order.getPayment() == Payment.CREDIT) {
            credit.giveBack(
                    order.getStore().getId(), order.getBrand().getId(), order.getTotal(), actor, order.getReference());
        }
    }

    /**
     * The shop confirms what arrived, per line id: {delivered, damaged}. Short or damaged cases are not
     * charged, so their credit goes back; cases the distributor stands by and the shop denies become a dispute.
     */
    public void confirmDelivery(long orderId, Map<Long, int[]> deliveredAndDamaged) {
        PurchaseOrder order = myOrder(orderId);
        // What the distributor stands by before the shop's report: what it reported, or else all it shipped.
        Map<OrderLine, Integer> shippedOrReported = new LinkedHashMap<>();
        boolean shipped = order.getStatus() == OrderStatus.SHIPPED;
        order.getLines().forEach(line -> shippedOrReported.put(line, shipped ? line.getCases() : line.goodCases()));
        String actor = currentUser.caller().username();
        Instant now = clock.instant();
        deliveries.record(order, deliveredAndDamaged, actor, now);
        List<DocumentLine> denied = DeliveryBilling.lowered(shippedOrReported);
        if (!denied.isEmpty()) {
            disputes.denied(order, denied, actor, now);
        }
    }
}
