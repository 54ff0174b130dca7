package org.shelfline.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shelfline.credit.CreditExposure;
import org.shelfline.stock.StockReservations;

/**
 * Moves an order that its distributor turned down, or did not accept in time, to the next distributor
 * for the district that has not had it yet and can fill it whole; the reservation moves with it. When
 * nobody is left, the order is cancelled and its stock and credit go back. Each step is recorded.
 */
@Stateless
public class Rerouting {

    /** Who the history names when the deadline, not a person, moved the order. */
    public static final String SYSTEM_ACTOR = "system";

    @PersistenceContext
    EntityManager em;

    @Inject
    DistributorRouting routing;

    @Inject
    StockReservations stock;

    @Inject
    CreditExposure credit;

    @Inject
    Clock clock;

    /** Re-routes one order whose acceptance deadline passed; an order accepted meanwhile is left alone. */
    /** The note of an order that timed out; pages show it in the reader's language (order.note.notAcceptedInTime). */
    public static final String NOT_ACCEPTED_IN_TIME = "not accepted by the deadline";

    public boolean timeOut(long orderId) {
        PurchaseOrder order = em.find(PurchaseOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
        Instant now = clock.instant();
        if (order == null
                || order.getStatus() != OrderStatus.PLACED
                || order.getAcceptBy() == null
                || order.getAcceptBy().isAfter(now)) {
            return false;
        }
        reroute(order, RoutingOutcome.TIMED_OUT, NOT_ACCEPTED_IN_TIME, SYSTEM_ACTOR);
        return true;
    }

    public void reroute(PurchaseOrder order, RoutingOutcome why, String reason, String actor) {
        Instant now = clock.instant();
        order.decide(order.getDistributor(), order.getWarehouse().getId(), why, reason, now);
        stock.releaseAll(order.getWarehouse().getId(), order.casesBySku(), actor, order.getReference());
        Set<Long> tried = order.getDecisions().stream()
                .filter(decision -> decision.getDistributor() != null)
                .map(decision -> decision.getDistributor().getId())
                .collect(Collectors.toSet());
        Map<Long, Integer> cases = order.casesBySku();
        var next = routing.reroute(
                order.getBrand().getId(), order.getDeliveryDistrict().getId(), cases, tried);
        if (next.isPresent()) {
            var target = next.get().warehouse();
            stock.reserveAll(target.getId(), cases, actor, order.getReference());
            order.routeTo(
                    target,
                    now.plus(Duration.ofMinutes(order.getBrand().getOrderAcceptanceMinutes())),
                    RoutingOutcome.REROUTED,
                    next.get().detail(),
                    now);
            // The shop reads the history: it hears why, not which distributor or which rule (routing is not its
            // business).
            order.note(actor, now, reason);
        } else {
            order.decide(
                    null,
                    null,
                    RoutingOutcome.NO_ALTERNATIVE,
                    "no other distributor for the district can fill it",
                    now);
            order.cancel(actor, now, reason);
            if (order.getPayment() == Payment.CREDIT) {
                credit.giveBack(
                        order.getStore().getId(),
                        order.getBrand().getId(),
                        order.getTotal(),
                        actor,
                        order.getReference());
            }
        }
    }
}
