package org.shelfline.ordering;

import java.math.BigDecimal;
import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;

import org.shelfline.brand.Brand;
import org.shelfline.catalog.Sku;
import org.shelfline.credit.Billing;
import org.shelfline.credit.DocumentLine;
import org.shelfline.fair.Fair;
import org.shelfline.fair.FairOrdering;
import org.shelfline.credit.CreditExposure;
import org.shelfline.identity.CurrentUser;
import org.shelfline.pricing.PricingService;
import org.shelfline.pricing.Quote;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.NotFoundException;
import org.shelfline.stock.StockReservations;
import org.shelfline.store.Store;
import org.shelfline.store.StoreBrandStanding;
import org.shelfline.store.VerificationStatus;

/**
 * The signed-in shop's orders: placing (one transaction: price, route, reserve stock, take credit),
 * reading, cancelling before a distributor accepts, and confirming what arrived. Use
 * {@link OrderPlacement} to place: it makes a repeated submission return the first one's orders.
 */
@Stateless
public class OrderService {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    PricingService pricing;

    @Inject
    DistributorRouting routing;

    @Inject
    StockReservations stock;

    @Inject
    CreditExposure credit;

    @Inject
    Billing billing;

    @Inject
    FairOrdering fairs;

    @Inject
    Clock clock;

    @Inject
    DeliveryDisputes disputes;

    /** The checkout this shop already placed with the key, if any. */
    public Optional<Placement> placed(String idempotencyKey) {
        return placed(currentUser.storeId(), idempotencyKey);
    }

    /** The checkout a store placed with the key, if any (for the fair placer, which has no caller). */
    public Optional<Placement> placed(long storeId, String idempotencyKey) {
        return em.createQuery("SELECT c FROM Checkout c WHERE c.storeId = :store AND c.idempotencyKey = :key", Checkout.class)
                .setParameter("store", storeId)
                .setParameter("key", idempotencyKey)
                .getResultStream()
                .findFirst()
                .map(this::placementOf);
    }

    /** Places a checkout; see {@link OrderPlacement#place}. */
    public Placement place(long brandId, List<OrderLineRequest> requested, Payment payment, String idempotencyKey,
                           boolean fromCart, boolean lockStockFirst) {
        requireKeyAndPayment(idempotencyKey, payment);
        return placeAtListPrices(verifiedStanding(currentUser.storeId(), brandId), requested, payment, idempotencyKey,
                fromCart, lockStockFirst);
    }

    /**
     * Places a checkout with a brand named by its code (the API), in the same transaction that finds the
     * shop's standing with it: a brand the shop may not order from is not found, as in its catalogue.
     */
    public Placement place(String brandCode, List<OrderLineRequest> requested, Payment payment, String idempotencyKey,
                           boolean lockStockFirst) {
        requireKeyAndPayment(idempotencyKey, payment);
        StoreBrandStanding standing = standingsWhere("b.brand.code = :code AND b.status = :verified")
                .setParameter("store", currentUser.storeId())
                .setParameter("code", brandCode == null ? "" : brandCode.strip())
                .setParameter("verified", VerificationStatus.VERIFIED)
                .getResultStream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("brand", brandCode));
        return placeAtListPrices(standing, requested, payment, idempotencyKey, false, lockStockFirst);
    }

    private Placement placeAtListPrices(StoreBrandStanding standing, List<OrderLineRequest> requested, Payment payment,
                                        String idempotencyKey, boolean fromCart, boolean lockStockFirst) {
        Instant now = clock.instant();
        Map<Sku, Integer> casesBySku = skusAndCases(standing.getBrand().getId(), requested, true);
        Map<Long, String> codes = codesOf(casesBySku);
        Map<Long, Quote> quotes = new HashMap<>();
        for (Map.Entry<Long, Optional<Quote>> quote : pricing.quotes(standing, casesOf(casesBySku), now).entrySet()) {
            quotes.put(quote.getKey(), quote.getValue()
                    .orElseThrow(() -> new BusinessException("order.noPrice", codes.get(quote.getKey()))));
        }
        return place(standing, null, casesBySku, quotes, payment, idempotencyKey, fromCart, lockStockFirst,
                currentUser.caller().username(), now);
    }

    /**
     * Takes the shop's share of a fair for these lines (allocation and caps, at the fair's or early-bird
     * price of now) and records it as a waiting claim; see {@link OrderPlacement#claimInFair}. Everything
     * that can be checked without placing is checked here, so that a claim is refused later only when the
     * placement itself refuses (stock, credit limit).
     */
    public FairClaim claimInFair(long fairId, List<OrderLineRequest> requested, Payment payment, String idempotencyKey) {
        requireKeyAndPayment(idempotencyKey, payment);
        long storeId = currentUser.storeId();
        Instant now = clock.instant();
        Fair fair = fairs.withOffers(fairId);
        long brandId = fair.getBrandId();
        StoreBrandStanding standing = verifiedStanding(storeId, brandId);
        Map<Sku, Integer> casesBySku = skusAndCases(brandId, requested, false, fair.offeredSkusByCode());
        Map<Long, String> codes = codesOf(casesBySku);
        Map<Long, Integer> cases = casesOf(casesBySku);
        Map<Long, Quote> quotes = fairs.quote(fairId, brandId, storeId, standing.getTier(),
                standing.getStore().getDistrict().getCode(), cases, codes, now);
        List<FairClaim.Line> lines = FairClaim.linesOf(quotes.values(), codes);
        FairClaim claim = new FairClaim(fairId, storeId, idempotencyKey, payment, lines, now, currentUser.caller().username());
        if (payment == Payment.CREDIT) {
            // Refused before any share of the fair is kept: a shop on hold would be refused at placement anyway.
            standing.creditRefusal().ifPresent(refusal -> {
                throw new BusinessException(refusal);
            });
            BigDecimal available = credit.available(storeId, brandId);
            if (claim.getTotal().compareTo(available) > 0) {
                throw new BusinessException("order.creditLimit", available);
            }
        }
        persistUnderItsKey(claim);
        writeLines(claim.getId(), lines);
        em.detach(claim); // its lines were written above, not by the persistence context
        claim.showWrittenLines(lines);
        fairs.take(fairId, storeId, cases, codes);
        return claim;
    }

    /**
     * Places the order of a waiting claim as the shop that made it (the placer runs in the background,
     * with no caller): the claim's lines and prices, the normal routing, stock and credit. The fair's
     * share was taken by the claim. The claim's row is locked and settled PLACED in the same transaction,
     * so two placers (two servers, or a test and the background) make one checkout and cannot leave a
     * placed order on a claim that a refusal gave back: the second finds the first's placement, or its
     * refusal.
     */
    public Placement placeClaim(long claimId, boolean lockStockFirst) {
        FairClaim claim = em.find(FairClaim.class, claimId, LockModeType.PESSIMISTIC_WRITE);
        if (claim == null) {
            throw new IllegalStateException("no fair claim " + claimId);
        }
        if (claim.getStatus() == FairClaim.Status.PLACED) {
            return placementOf(em.find(Checkout.class, claim.getCheckoutId())).asRepeat();
        }
        if (claim.getStatus() == FairClaim.Status.REFUSED) {
            throw new BusinessException(claim.getRefusalCode(), claim.getRefusalArguments());
        }
        long brandId = brandOfFair(claim.getFairId());
        StoreBrandStanding standing = verifiedStanding(claim.getStoreId(), brandId);
        List<OrderLineRequest> requested = em.createQuery("SELECT s.id, s.code FROM Sku s WHERE s.id IN :ids", Object[].class)
                .setParameter("ids", List.copyOf(claim.casesBySku().keySet()))
                .getResultStream()
                .map(row -> new OrderLineRequest((String) row[1], claim.casesBySku().get((Long) row[0])))
                .toList();
        Map<Sku, Integer> casesBySku = skusAndCases(brandId, requested, false);
        String fairTitle = em.find(Fair.class, claim.getFairId()).getTitle();
        Instant now = clock.instant();
        Placement placed = place(standing, claim.getFairId(), casesBySku, claim.quotes(fairTitle), claim.getPayment(),
                claim.checkoutKey(), false, lockStockFirst, claim.getClaimedBy(), now);
        claim.placedAs(placed.checkoutId(), now);
        return placed;
    }

    private Placement place(StoreBrandStanding standing, Long fairId, Map<Sku, Integer> casesBySku, Map<Long, Quote> quotes,
                            Payment payment, String idempotencyKey, boolean fromCart, boolean lockStockFirst, String actor,
                            Instant now) {
        Store store = standing.getStore();
        Brand brand = standing.getBrand();
        long storeId = store.getId();
        long brandId = brand.getId();
        Map<Long, String> codes = codesOf(casesBySku);
        Map<Long, Integer> cases = casesOf(casesBySku);
        BigDecimal total = quotes.values().stream().map(Quote::lineTotal).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (payment == Payment.CREDIT) {
            standing.creditRefusal().ifPresent(refusal -> {
                throw new BusinessException(refusal);
            });
        }

        Checkout checkout = new Checkout(storeId, brandId, fairId, idempotencyKey, payment, total, now, actor);
        persistUnderItsKey(checkout);

        Instant acceptBy = now.plus(Duration.ofMinutes(brand.getOrderAcceptanceMinutes()));
        Map<Long, Sku> skus = new HashMap<>();
        casesBySku.keySet().forEach(sku -> skus.put(sku.getId(), sku));
        List<DistributorRouting.Allocation> plan = routing.plan(brandId, store.getDistrict().getId(), cases, codes,
                lockStockFirst);
        int part = 1;
        List<PurchaseOrder> placed = new java.util.ArrayList<>();
        for (DistributorRouting.Allocation allocation : plan) {
            PurchaseOrder order = new PurchaseOrder(checkout.reference() + "-" + part++, checkout, brand, store, now, actor);
            allocation.casesBySku().keySet().forEach(skuId -> order.addLine(skus.get(skuId), quotes.get(skuId)));
            order.routeTo(allocation.warehouse(), acceptBy, allocation.outcome(), allocation.detail(), now);
            em.persist(order);
            placed.add(order);
        }
        if (payment == Payment.CREDIT) {
            credit.take(storeId, brandId, total, actor, checkout.reference());
        }
        if (fromCart) {
            em.createQuery("DELETE FROM CartLine c WHERE c.storeId = :store AND c.sku.id IN :skus")
                    .setParameter("store", storeId)
                    .setParameter("skus", cases.keySet())
                    .executeUpdate();
        }
        // Stock last: its row locks are then held only until the commit that follows.
        for (PurchaseOrder order : placed) {
            stock.reserveAll(order.getWarehouse().getId(), order.casesBySku(), actor, order.getReference());
        }
        em.flush();
        return new Placement(checkout.getId(), checkout.reference(), total, payment, placed, false);
    }

    private void writeLines(long claimId, List<FairClaim.Line> lines) {
        var insert = em.createNativeQuery("INSERT INTO fair_claim_line (claim_id, sku_id, sku_code, cases, case_price) VALUES "
                + String.join(", ", java.util.Collections.nCopies(lines.size(), "(?, ?, ?, ?, ?)")));
        int position = 1;
        for (FairClaim.Line line : lines) {
            insert.setParameter(position++, claimId).setParameter(position++, line.getSkuId()).setParameter(position++, line.getSkuCode())
                    .setParameter(position++, line.getCases()).setParameter(position++, line.getCasePrice());
        }
        insert.executeUpdate();
    }

    /** Stores a checkout or claim now, so that its idempotency key already taken shows as a repeat. */
    private void persistUnderItsKey(Object checkoutOrClaim) {
        em.persist(checkoutOrClaim);
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isDuplicateKey(e)) {
                throw new DuplicateCheckoutException();
            }
            throw e;
        }
    }

    private static void requireKeyAndPayment(String idempotencyKey, Payment payment) {
        if (!Checkout.isClientKey(idempotencyKey)) {
            throw new BusinessException("order.keyInvalid", Checkout.KEY_MAX);
        }
        if (payment == null) {
            throw new BusinessException("order.paymentRequired");
        }
    }

    private static Map<Long, String> codesOf(Map<Sku, Integer> casesBySku) {
        Map<Long, String> codes = new HashMap<>();
        casesBySku.keySet().forEach(sku -> codes.put(sku.getId(), sku.getCode()));
        return codes;
    }

    private static Map<Long, Integer> casesOf(Map<Sku, Integer> casesBySku) {
        Map<Long, Integer> cases = new LinkedHashMap<>();
        casesBySku.forEach((sku, count) -> cases.put(sku.getId(), count));
        return cases;
    }

    /** The brand running a fair (any fair id; the placement checks the shop is invited). */
    public long brandOfFair(long fairId) {
        // The whole fair, not only its brand: what comes next in a claim or a placement reads it again, and
        // then finds it in this transaction's persistence context.
        return Optional.ofNullable(em.find(Fair.class, fairId)).map(Fair::getBrandId)
                .orElseThrow(() -> new NotFoundException("fair", fairId));
    }

    /** The shop's orders, newest first. */
    public List<PurchaseOrder> myOrders() {
        return em.createQuery("SELECT o FROM PurchaseOrder o LEFT JOIN FETCH o.distributor WHERE o.store.id = :store "
                        + "ORDER BY o.placedAt DESC, o.id DESC", PurchaseOrder.class)
                .setParameter("store", currentUser.storeId())
                .setMaxResults(200)
                .getResultList();
    }

    /** One of the shop's orders with its lines, history and routing; another shop's is not found. */
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
        return placementOf(checkout);
    }

    /** Cancels an order no distributor has accepted yet: its stock and credit go back. */
    public void cancel(long orderId) {
        PurchaseOrder order = myOrder(orderId);
        String actor = currentUser.caller().username();
        order.requireStatus(OrderStatus.PLACED);
        releaseStock(order, actor);
        order.cancel(actor, clock.instant(), null);
        if (order.getPayment() == Payment.CREDIT) {
            credit.giveBack(order.getStore().getId(), order.getBrand().getId(), order.getTotal(), actor, order.getReference());
        }
    }

    /**
     * The shop confirms what arrived, per line id: {delivered, damaged}. Short or damaged cases are not
     * charged, so their credit goes back.
     */
    public void confirmDelivery(long orderId, Map<Long, int[]> deliveredAndDamaged) {
        PurchaseOrder order = myOrder(orderId);
        // What the distributor stands by before the shop's report: what it reported, or else all it shipped.
        Map<OrderLine, Integer> shippedOrReported = new java.util.LinkedHashMap<>();
        boolean shipped = order.getStatus() == OrderStatus.SHIPPED;
        order.getLines().forEach(line -> shippedOrReported.put(line, shipped ? line.getCases() : line.goodCases()));
        String actor = currentUser.caller().username();
        Instant now = clock.instant();
        recordDelivery(order, deliveredAndDamaged, actor, credit, billing, now);
        List<DocumentLine> denied = shippedOrReported.entrySet().stream()
                .filter(line -> line.getValue() > line.getKey().goodCases())
                .map(line -> documentLine(line.getKey(), line.getValue() - line.getKey().goodCases()))
                .toList();
        if (!denied.isEmpty()) {
            disputes.denied(order, denied, actor, now);
        }
    }

    /**
     * Records what arrived. The first report bills the order (invoice for credit, receipt for cash) for
     * what arrived in good order, giving back the credit of the rest; a later, lower report becomes a
     * credit note.
     */
    static void recordDelivery(PurchaseOrder order, Map<Long, int[]> deliveredAndDamaged, String actor,
                               CreditExposure credit, Billing billing, Instant at) {
        boolean firstReport = order.getStatus() == OrderStatus.SHIPPED;
        Map<OrderLine, Integer> goodBefore = new java.util.LinkedHashMap<>();
        order.getLines().forEach(line -> goodBefore.put(line, line.goodCases()));
        BigDecimal drop = order.recordDelivery(deliveredAndDamaged, actor, at);
        boolean onCredit = order.getPayment() == Payment.CREDIT;
        long storeId = order.getStore().getId();
        long brandId = order.getBrand().getId();
        if (firstReport) {
            if (onCredit) {
                credit.giveBack(storeId, brandId, drop, actor, order.getReference());
            }
            billing.issue(order.getId(), order.getReference(), storeId, brandId, onCredit,
                    order.getLines().stream().map(line -> documentLine(line, line.goodCases())).toList(), actor);
        } else {
            billing.creditNote(order.getId(), goodBefore.entrySet().stream()
                    .filter(line -> line.getValue() > line.getKey().goodCases())
                    .map(line -> documentLine(line.getKey(), line.getValue() - line.getKey().goodCases()))
                    .toList(), actor);
        }
    }

    private static DocumentLine documentLine(OrderLine line, int cases) {
        return new DocumentLine(line.getLineNo(), line.getSkuCode(), line.getSkuName(), cases, line.getCasePrice());
    }

    private void releaseStock(PurchaseOrder order, String actor) {
        stock.releaseAll(order.getWarehouse().getId(), order.casesBySku(), actor, order.getReference());
    }

    private StoreBrandStanding verifiedStanding(long storeId, long brandId) {
        return standingsWhere("b.brand.id = :brand")
                .setParameter("store", storeId)
                .setParameter("brand", brandId)
                .getResultStream()
                .filter(standing -> standing.getStatus() == VerificationStatus.VERIFIED)
                .findFirst()
                .orElseThrow(() -> new BusinessException("order.notVerified"));
    }

    /** A store's standings (parameter "store") meeting the condition, its district and the brand in the same query. */
    private TypedQuery<StoreBrandStanding> standingsWhere(String condition) {
        return em.createQuery("SELECT b FROM StoreBrandStanding b JOIN FETCH b.store s JOIN FETCH b.brand "
                        + "WHERE b.store.id = :store AND " + condition, StoreBrandStanding.class)
                .setHint("eclipselink.join-fetch", "b.store.district"); // JPQL fetch joins go one level deep only
    }

    private Map<Sku, Integer> skusAndCases(long brandId, List<OrderLineRequest> requested, boolean withPriceBreaks) {
        return skusAndCases(brandId, requested, withPriceBreaks, Map.of());
    }

    /**
     * The brand's SKUs for the requested codes, duplicates added up, each checked against the ordering
     * rules; with their price breaks when the order is priced from them (a fair has its own prices). SKUs
     * already read ({@code known}, by lower-case code: a fair's offered ones) are not read again.
     */
    private Map<Sku, Integer> skusAndCases(long brandId, List<OrderLineRequest> requested, boolean withPriceBreaks,
                                           Map<String, Sku> known) {
        if (requested == null || requested.isEmpty()) {
            throw new BusinessException("order.empty");
        }
        if (requested.size() > OrderRules.MAX_LINES) {
            throw new BusinessException("order.tooManyLines", OrderRules.MAX_LINES);
        }
        Map<String, Long> casesByCode = new LinkedHashMap<>();
        for (OrderLineRequest line : requested) {
            if (line == null || line.skuCode() == null || line.skuCode().isBlank()) {
                throw new BusinessException("order.skuRequired");
            }
            casesByCode.merge(line.skuCode().strip().toLowerCase(Locale.ROOT), (long) line.cases(), Long::sum);
        }
        Map<String, Sku> byCode = new HashMap<>();
        known.forEach((code, sku) -> {
            if (sku.getBrandId() == brandId && casesByCode.containsKey(code)) {
                byCode.put(code, sku);
            }
        });
        List<String> unread = casesByCode.keySet().stream().filter(code -> !byCode.containsKey(code)).toList();
        if (!unread.isEmpty()) {
            em.createQuery(withPriceBreaks
                            ? "SELECT DISTINCT s FROM Sku s LEFT JOIN FETCH s.priceTiers WHERE s.brandId = :brand AND s.code IN :codes"
                            : "SELECT s FROM Sku s WHERE s.brandId = :brand AND s.code IN :codes", Sku.class)
                    .setParameter("brand", brandId)
                    .setParameter("codes", unread)
                    .getResultStream()
                    .forEach(sku -> byCode.put(sku.getCode().toLowerCase(Locale.ROOT), sku));
        }
        Map<Sku, Integer> result = new LinkedHashMap<>();
        for (Map.Entry<String, Long> line : casesByCode.entrySet()) {
            Sku sku = byCode.get(line.getKey());
            if (sku == null) {
                throw new BusinessException("order.unknownSku", line.getKey());
            }
            int cases = (int) Math.max(Math.min(line.getValue(), Integer.MAX_VALUE), Integer.MIN_VALUE);
            OrderRules.check(sku, cases);
            result.put(sku, cases);
        }
        return result;
    }

    private Placement placementOf(Checkout checkout) {
        List<PurchaseOrder> orders = em.createQuery("SELECT o FROM PurchaseOrder o LEFT JOIN FETCH o.distributor "
                        + "WHERE o.checkoutId = :checkout ORDER BY o.reference", PurchaseOrder.class)
                .setParameter("checkout", checkout.getId())
                .getResultList();
        return new Placement(checkout.getId(), checkout.reference(), checkout.getTotal(), checkout.getPayment(), orders, false);
    }

    /**
     * Whether the insert was refused for its idempotency key, and only that: a foreign-key or CHECK failure is an
     * error, not a repeat of an earlier request.
     */
    private static boolean isDuplicateKey(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLIntegrityConstraintViolationException violation) {
                String message = String.valueOf(violation.getMessage());
                return violation.getErrorCode() == DUPLICATE_ENTRY
                        && (message.contains("uk_checkout_key") || message.contains("uk_fair_claim_key"));
            }
        }
        return false;
    }

    /** MariaDB's ER_DUP_ENTRY. */
    private static final int DUPLICATE_ENTRY = 1062;
}
