package org.shelfline.ordering;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.shelfline.brand.Brand;
import org.shelfline.catalog.Sku;
import org.shelfline.credit.CreditExposure;
import org.shelfline.identity.CurrentUser;
import org.shelfline.pricing.PricingService;
import org.shelfline.pricing.Quote;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.UniqueKeys;
import org.shelfline.stock.StockReservations;
import org.shelfline.store.Store;
import org.shelfline.store.StoreBrandStanding;

/**
 * Placing a checkout, in one transaction: price, route, take credit, reserve stock. Use {@link OrderPlacement}
 * to place: it tries again when overtaken and makes a repeated submission return the first one's orders.
 */
@Stateless
public class CheckoutService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PlacementReads reads;

    @Inject
    PricingService pricing;

    @Inject
    DistributorRouting routing;

    @Inject
    StockReservations stock;

    @Inject
    CreditExposure credit;

    @Inject
    Clock clock;

    /** The checkout this shop already placed with the key, if any. */
    public Optional<Placement> placed(String idempotencyKey) {
        return placed(currentUser.storeId(), idempotencyKey);
    }

    /** The checkout a store placed with the key, if any (for the fair placer, which has no caller). */
    public Optional<Placement> placed(long storeId, String idempotencyKey) {
        return em.createQuery(
                        "SELECT c FROM Checkout c WHERE c.storeId = :store AND c.idempotencyKey = :key", Checkout.class)
                .setParameter("store", storeId)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst()
                .map(this::placementOf);
    }

    /** The signed-in shop's request, at the list prices of now, in the same transaction that finds its standing. */
    public Placement place(OrderRequest request, StockLocking locking) {
        requireKeyAndPayment(request.idempotencyKey(), request.payment());
        long storeId = currentUser.storeId();
        StoreBrandStanding standing = request.brandId() != null
                ? reads.verifiedStanding(storeId, request.brandId())
                : reads.verifiedStanding(storeId, request.brandCode());
        Instant now = clock.instant();
        Map<Sku, Integer> casesBySku = reads.skusAndCases(standing.getBrand().getId(), request.lines(), true, Map.of());
        Map<Long, String> codes = PlacementReads.codesOf(casesBySku);
        Map<Long, Quote> quotes = new HashMap<>();
        pricing.quotes(standing, PlacementReads.casesOf(casesBySku), now)
                .forEach((skuId, quote) -> quotes.put(
                        skuId, quote.orElseThrow(() -> new BusinessException("order.noPrice", codes.get(skuId)))));
        return place(new PlacementRequest(
                standing,
                currentUser.caller().username(),
                casesBySku,
                quotes,
                request.payment(),
                request.idempotencyKey(),
                null,
                request.origin(),
                locking));
    }

    /** Places what the request says, priced and checked already; the key taken already is a {@link DuplicateCheckoutException}. */
    public Placement place(PlacementRequest request) {
        StoreBrandStanding standing = request.standing();
        Store store = standing.getStore();
        Brand brand = standing.getBrand();
        long storeId = store.getId();
        long brandId = brand.getId();
        Instant now = clock.instant();
        Map<Long, String> codes = PlacementReads.codesOf(request.casesBySku());
        Map<Long, Integer> cases = PlacementReads.casesOf(request.casesBySku());
        BigDecimal total =
                request.quotes().values().stream().map(Quote::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        boolean onCredit = request.payment() == Payment.CREDIT;
        if (onCredit) {
            standing.creditRefusal().ifPresent(refusal -> {
                throw new BusinessException(refusal);
            });
        }

        Checkout checkout = new Checkout(
                storeId,
                brandId,
                request.fairId(),
                request.idempotencyKey(),
                request.payment(),
                total,
                now,
                request.actor());
        persistUnderItsKey(checkout);

        Instant acceptBy = now.plus(Duration.ofMinutes(brand.getOrderAcceptanceMinutes()));
        Map<Long, Sku> skus = new HashMap<>();
        request.casesBySku().keySet().forEach(sku -> skus.put(sku.getId(), sku));
        List<DistributorRouting.Allocation> plan =
                routing.plan(brandId, store.getDistrict().getId(), cases, codes, request.locking());
        int part = 1;
        List<PurchaseOrder> placed = new ArrayList<>();
        for (DistributorRouting.Allocation allocation : plan) {
            PurchaseOrder order = new PurchaseOrder(
                    checkout.reference() + "-" + part++, checkout, brand, store, now, request.actor());
            allocation
                    .casesBySku()
                    .keySet()
                    .forEach(skuId ->
                            order.addLine(skus.get(skuId), request.quotes().get(skuId)));
            order.routeTo(allocation.warehouse(), acceptBy, allocation.outcome(), allocation.detail(), now);
            em.persist(order);
            placed.add(order);
        }
        if (onCredit) {
            credit.take(storeId, brandId, total, request.actor(), checkout.reference());
        }
        if (request.origin().clearsCart()) {
            em.createQuery("DELETE FROM CartLine c WHERE c.storeId = :store AND c.sku.id IN :skus")
                    .setParameter("store", storeId)
                    .setParameter("skus", cases.keySet())
                    .executeUpdate();
        }
        // Stock last: its row locks are then held only until the commit that follows.
        for (PurchaseOrder order : placed) {
            stock.reserveAll(order.getWarehouse().getId(), order.casesBySku(), request.actor(), order.getReference());
        }
        em.flush();
        return new Placement(checkout.getId(), checkout.reference(), total, request.payment(), placed, false);
    }

    /** The orders one checkout became. */
    public Placement placementOf(Checkout checkout) {
        List<PurchaseOrder> orders = em.createQuery(
                        "SELECT o FROM PurchaseOrder o LEFT JOIN FETCH o.distributor "
                                + "WHERE o.checkoutId = :checkout ORDER BY o.reference",
                        PurchaseOrder.class)
                .setParameter("checkout", checkout.getId())
                .getResultList();
        return new Placement(
                checkout.getId(), checkout.reference(), checkout.getTotal(), checkout.getPayment(), orders, false);
    }

    /** What every request must carry: a key a client may use, and how it pays. */
    public static void requireKeyAndPayment(String idempotencyKey, Payment payment) {
        if (!Checkout.isClientKey(idempotencyKey)) {
            throw new BusinessException("order.keyInvalid", Checkout.KEY_MAX);
        }
        if (payment == null) {
            throw new BusinessException("order.paymentRequired");
        }
    }

    /** Stores the checkout now, so that its idempotency key already taken shows as a repeat. */
    private void persistUnderItsKey(Checkout checkout) {
        em.persist(checkout);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (UniqueKeys.violated(e, "uk_checkout_key")) {
                throw new DuplicateCheckoutException();
            }
            throw e;
        }
    }
}
