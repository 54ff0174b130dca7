package org.shelfline.web.fair;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.shelfline.web.support.Refusals.assertRefused;
import static org.shelfline.web.support.TestCallerIdentity.as;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfline.fair.FairClaim;
import org.shelfline.fair.FairClaimPlacer;
import org.shelfline.fair.FairClaims;
import org.shelfline.fair.FairDraft;
import org.shelfline.fair.FairOrders;
import org.shelfline.fair.FairRemaining;
import org.shelfline.fair.FairService;
import org.shelfline.fair.ShopFairs;
import org.shelfline.ordering.FairSales;
import org.shelfline.ordering.OrderLineRequest;
import org.shelfline.ordering.OrderPlacement;
import org.shelfline.ordering.OrderRequest;
import org.shelfline.ordering.Payment;
import org.shelfline.ordering.Placement;
import org.shelfline.ordering.ShopOrders;
import org.shelfline.shared.BusyException;
import org.shelfline.shared.NotFoundException;
import org.shelfline.shared.RateLimitedException;
import org.shelfline.store.StoreTier;
import org.shelfline.web.api.Problem;
import org.shelfline.web.api.ProblemMappers;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.Race;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestDatabase.Tenants;

/**
 * Trade fairs on Payara Micro and MariaDB: session rules, fair and early-bird prices, allocation and
 * per-shop caps under concurrency, invitations and tenant isolation.
 */
@ExtendWith(ArquillianExtension.class)
class FairIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(FairIT.class);
    }

    @Inject
    FairService fairs;

    @Inject
    FairSales sales;

    @Inject
    ShopFairs shopFairs;

    @Inject
    OrderPlacement placement;

    @Inject
    FairOrders fairOrders;

    @Inject
    FairRemaining liveFeed;

    @Inject
    FairClaimPlacer placer;

    @Inject
    FairClaims claims;

    @Inject
    ShopOrders orders;

    @Resource
    ManagedExecutorService executor;

    private Tenants tenants;
    private long cola;
    private String colaCode;

    @BeforeEach
    void setUp() {
        tenants = TestDatabase.twoBrands();
        long warehouse = TestDatabase.count(
                "SELECT w.id FROM warehouse w JOIN distributor d ON d.id = w.distributor_id " + "WHERE d.name = ?",
                tenants.distributorName());
        colaCode = "FAIR-" + UUID.randomUUID().toString().substring(0, 8);
        cola = TestDatabase.skuWithRules(tenants.brandIdA(), colaCode, 1, 1, Map.of(1, "50.00"));
        TestDatabase.stock(warehouse, cola, 1000);
    }

    @Test
    void ordersInAnOpenFairPayTheEarlyBirdThenTheFairPrice() {
        long fair = openFair(Set.of(), null, 30, 20, 6);

        Placement early = order(tenants.storeOwner(), fair, 2);
        assertThat(early.total()).isEqualByComparingTo("70.00");
        TestDatabase.execute("UPDATE fair SET early_bird_minutes = 1 WHERE id = ?", fair);
        assertThat(order(tenants.storeOwner(), fair, 1).total()).isEqualByComparingTo("40.00");
        assertThat(TestDatabase.count("SELECT sold FROM fair_offer WHERE fair_id = ?", fair))
                .isEqualTo(3);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM checkout WHERE fair_id = ?", fair))
                .isEqualTo(2);
        assertRefused(() -> order(tenants.storeOwner(), fair, 4), "fair.capReached");
        assertThat(TestDatabase.count("SELECT sold FROM fair_offer WHERE fair_id = ?", fair))
                .as("a refused order takes nothing")
                .isEqualTo(3);
    }

    @Test
    void aFairOrderIsAnsweredOnceItsShareIsKeptThenPlacedAtThePricesItWasClaimedAt() throws Exception {
        long fair = openFair(Set.of(), null, 30, 20, 6);
        String shop = tenants.storeOwner();
        long claimId;
        // The distributor's stock row held: the order cannot be placed yet, and the shop has its answer all the same.
        try (AutoCloseable held = TestDatabase.holdingLocks("SELECT * FROM stock WHERE sku_id = ? FOR UPDATE", cola)) {
            FairOrders.Claimed claimed = claim(
                    shop, fair, 2, Payment.CASH_ON_DELIVERY, UUID.randomUUID().toString());
            claimId = claimed.claim().getId();
            assertThat(claimed.repeated()).isFalse();
            assertThat(claimed.claim().getTotal()).as("early-bird price").isEqualByComparingTo("70.00");
            assertThat(sold(fair)).as("the share is kept at once").isEqualTo(2);
            assertThat(as(shop, () -> claims.mine(claimId)).getStatus()).isEqualTo(FairClaim.Status.WAITING);
            assertThat(TestDatabase.count("SELECT COUNT(*) FROM checkout WHERE fair_id = ?", fair))
                    .isZero();
            var dashboard = as(tenants.brandAdminA(), () -> fairs.dashboard(fair));
            assertThat(dashboard.orders())
                    .as("the brand sees the order while it is being placed")
                    .isEqualTo(1);
            assertThat(dashboard.sales()).isEqualByComparingTo("70.00");
            // The early bird ends (and the price would be different) before the order is placed.
            TestDatabase.execute(
                    "UPDATE fair_offer SET fair_price = 99, early_bird_price = NULL WHERE fair_id = ?", fair);
        }

        awaitSettled(claimId);
        FairClaim settled = as(shop, () -> claims.mine(claimId));
        assertThat(settled.getStatus()).as("placed by the background placer").isEqualTo(FairClaim.Status.PLACED);
        Placement placed = as(shop, () -> orders.myCheckout(settled.getCheckoutId()));
        assertThat(placed.total()).as("what the shop was told").isEqualByComparingTo("70.00");
        assertThat(placed.orders())
                .singleElement()
                .satisfies(order ->
                        assertThat(order.getDistributor().getName().english()).isEqualTo(tenants.distributorName()));
        assertThat(TestDatabase.text(
                        "SELECT l.case_price FROM order_line l JOIN purchase_order o ON o.id = l.order_id "
                                + "WHERE o.checkout_id = ?",
                        settled.getCheckoutId()))
                .isEqualTo("35.00");
        assertThat(TestDatabase.text("SELECT placed_by FROM checkout WHERE id = ?", settled.getCheckoutId()))
                .as("placed in the shop's name")
                .isEqualTo(shop);
        assertThat(TestDatabase.count("SELECT reserved FROM stock WHERE sku_id = ?", cola))
                .isEqualTo(2);
        assertThat(sold(fair)).isEqualTo(2);
        assertThat(as(tenants.brandAdminA(), () -> fairs.dashboard(fair)).orders())
                .as("counted once when placed")
                .isEqualTo(1);
    }

    @Test
    void aClaimWhoseOrderCannotBePlacedIsRefusedWithTheReasonAndGivesItsShareBack() {
        long fair = openFair(Set.of(), null, null, 20, 6);
        String shop = tenants.storeOwner();
        order(shop, fair, 2);
        TestDatabase.execute("UPDATE stock SET on_hand = reserved WHERE sku_id = ?", cola);

        long claimId = claim(
                        shop,
                        fair,
                        3,
                        Payment.CASH_ON_DELIVERY,
                        UUID.randomUUID().toString())
                .claim()
                .getId();
        assertThat(placer.settle(claimId)).isEqualTo(FairClaim.Status.REFUSED);

        FairClaim refused = as(shop, () -> claims.mine(claimId));
        assertThat(refused.getRefusalCode()).isEqualTo("order.cannotFill");
        assertThat(refused.getRefusalArguments()).containsExactly(colaCode);
        assertThat(sold(fair)).as("the 3 cases went back to the fair").isEqualTo(2);
        assertThat(TestDatabase.count(
                        "SELECT t.cases FROM fair_store_take t JOIN fair_offer o ON o.id = t.offer_id "
                                + "WHERE o.fair_id = ?",
                        fair))
                .as("and to the shop's cap")
                .isEqualTo(2);
        assertThat(placer.settle(claimId)).as("settled once").isEqualTo(FairClaim.Status.REFUSED);
        assertThatThrownBy(() -> TestDatabase.execute("UPDATE fair_claim SET status = 'PLACED' WHERE id = ?", claimId))
                .as("the database refuses a placed claim without its checkout")
                .hasMessageContaining("ck_fair_claim_status");
        assertThat(sold(fair)).as("given back once").isEqualTo(2);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM checkout WHERE fair_id = ?", fair))
                .isEqualTo(1);
        assertThat(as(tenants.brandAdminA(), () -> fairs.dashboard(fair)).orders())
                .as("a refused order is not counted")
                .isEqualTo(1);
    }

    @Test
    void theSameKeyKeepsOneShareAndPlacesOneOrderWhichOnlyItsShopCanRead() {
        long fair = openFair(Set.of(), null, null, 3, 3);
        String shop = tenants.storeOwner();
        String key = UUID.randomUUID().toString();
        FairOrders.Claimed first = claim(shop, fair, 3, Payment.CASH_ON_DELIVERY, key);
        FairOrders.Claimed again = claim(shop, fair, 3, Payment.CASH_ON_DELIVERY, key);

        assertThat(again.repeated())
                .as("the first claim, though the offer has sold out since")
                .isTrue();
        assertThat(again.claim().getId()).isEqualTo(first.claim().getId());
        assertRefused(
                () -> claim(
                        shop,
                        fair,
                        1,
                        Payment.CASH_ON_DELIVERY,
                        UUID.randomUUID().toString()),
                "fair.soldOut");
        assertThat(sold(fair)).isEqualTo(3);
        // The background placer was woken by the claim too: whichever comes first places it, the other finds it placed.
        Placement placed = fairOrders.place(first.claim());
        Placement placedAgain = fairOrders.place(first.claim());
        assertThat(placedAgain.checkoutId()).isEqualTo(placed.checkoutId());
        assertThat(placedAgain.repeated()).isTrue();
        FairClaim settled = as(shop, () -> claims.mine(first.claim().getId()));
        assertThat(settled.getStatus()).as("settled with its order").isEqualTo(FairClaim.Status.PLACED);
        assertThat(settled.getCheckoutId()).isEqualTo(placed.checkoutId());
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM checkout WHERE fair_id = ?", fair))
                .isEqualTo(1);
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM order_line l JOIN purchase_order o ON o.id = l.order_id "
                                + "WHERE o.checkout_id = ?",
                        placed.checkoutId()))
                .isEqualTo(1);

        String otherShop = TestDatabase.anotherShopOfA(tenants, "STANDARD");
        assertThatThrownBy(() -> as(otherShop, () -> claims.mine(first.claim().getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(otherShop, () -> claims.mine(key))).isEmpty();
        assertThat(as(shop, () -> claims.mineIn(fair)))
                .extracting(FairClaim::getId)
                .containsExactly(first.claim().getId());
        assertThat(as(otherShop, () -> claims.mineIn(fair)))
                .as("another shop's orders in the same fair")
                .isEmpty();
    }

    @Test
    void aRefusalRacingThePlacementWaitsForItAndGivesNothingBackOnceTheOrderIsPlaced() throws Exception {
        long fair = openFair(Set.of(), null, null, 20, 6);
        FairClaim claim = claim(
                        tenants.storeOwner(),
                        fair,
                        2,
                        Payment.CASH_ON_DELIVERY,
                        UUID.randomUUID().toString())
                .claim();
        Future<Placement> placing;
        Future<Boolean> refusing;
        // The stock row held: a placer (this test's or the background's) holds the claim and waits for the stock.
        try (AutoCloseable held = TestDatabase.holdingLocks("SELECT * FROM stock WHERE sku_id = ? FOR UPDATE", cola)) {
            placing = executor.submit(() -> fairOrders.place(claim));
            await().atMost(30, TimeUnit.SECONDS).until(() -> TestDatabase.lockWaitsOn("stock") >= 1);
            refusing = executor.submit(() -> claims.refuse(claim.getId(), "order.cannotFill", colaCode));
            await().during(1, TimeUnit.SECONDS).atMost(5, TimeUnit.SECONDS).until(() -> !refusing.isDone());
        }

        Placement placed = placing.get(60, TimeUnit.SECONDS);
        assertThat(refusing.get(60, TimeUnit.SECONDS))
                .as("the claim was placed meanwhile: nothing to refuse")
                .isFalse();
        assertThat(TestDatabase.text(
                        "SELECT CONCAT(status, ' ', checkout_id) FROM fair_claim WHERE id = ?", claim.getId()))
                .isEqualTo("PLACED " + placed.checkoutId());
        assertThat(sold(fair)).as("the share stays with the placed order").isEqualTo(2);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM checkout WHERE fair_id = ?", fair))
                .isEqualTo(1);
    }

    @Test
    void aCreditOrderPastTheLimitIsRefusedAtOnceAndKeepsNothing() {
        long fair = openFair(Set.of(), null, null, 20, 6);
        String shop = tenants.storeOwner();
        TestDatabase.execute(
                "UPDATE store_brand SET credit_terms = 'NET_30', credit_limit = 50 WHERE store_id = ?",
                tenants.storeId());

        assertRefused(
                () -> claim(shop, fair, 2, Payment.CREDIT, UUID.randomUUID().toString()), "order.creditLimit");
        assertThat(sold(fair)).isZero();
        long claimId = claim(shop, fair, 1, Payment.CREDIT, UUID.randomUUID().toString())
                .claim()
                .getId();
        assertThat(placer.settle(claimId)).isEqualTo(FairClaim.Status.PLACED);
        assertThat(TestDatabase.text(
                        "SELECT credit_used FROM store_brand WHERE store_id = ? AND brand_id = ?",
                        tenants.storeId(),
                        tenants.brandIdA()))
                .isEqualTo("40.00");
    }

    @Test
    void aShopOnCreditHoldIsRefusedCreditBeforeAnyShareIsKept() {
        long fair = openFair(Set.of(), null, null, 20, 6);
        String shop = tenants.storeOwner();
        TestDatabase.execute(
                "UPDATE store_brand SET credit_terms = 'NET_30', credit_limit = 1000, hold_kind = 'MANUAL', "
                        + "hold_reason = 'Held by the brand' WHERE store_id = ?",
                tenants.storeId());

        assertRefused(
                () -> claim(shop, fair, 1, Payment.CREDIT, UUID.randomUUID().toString()), "order.creditHold");
        assertThat(sold(fair))
                .as("no share kept for an order that could never be placed")
                .isZero();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM fair_claim WHERE fair_id = ?", fair))
                .isZero();
        assertThat(order(shop, fair, 1).total())
                .as("paying on delivery is still open to it")
                .isEqualByComparingTo("40.00");
    }

    @Test
    void aCallerClaimingFasterThanAnyShopOrdersIsToldToSlowDown() {
        String shop = tenants.storeOwner();
        // Claims naming a fair that does not exist are the cheapest to send; they count like any other.
        for (int i = 0; i < 20; i++) {
            assertThatThrownBy(() -> claim(
                            shop,
                            Long.MAX_VALUE,
                            1,
                            Payment.CASH_ON_DELIVERY,
                            UUID.randomUUID().toString()))
                    .isInstanceOf(NotFoundException.class);
        }
        long fair = openFair(Set.of(), null, null, 20, 6);
        assertThatThrownBy(() -> claim(
                        shop,
                        fair,
                        1,
                        Payment.CASH_ON_DELIVERY,
                        UUID.randomUUID().toString()))
                .isInstanceOfSatisfying(RateLimitedException.class, limited -> {
                    assertThat(limited.messageKey()).isEqualTo("fair.tooManyClaims");
                    assertThat(limited.retryAfterSeconds()).isBetween(1, 60);
                    Response response = new ProblemMappers.BusinessRule().toResponse(limited);
                    assertThat(response.getStatus()).isEqualTo(429);
                    assertThat(response.getHeaderString("Retry-After"))
                            .isEqualTo(String.valueOf(limited.retryAfterSeconds()));
                    assertThat(((Problem) response.getEntity()).code()).isEqualTo("fair.tooManyClaims");
                });
        assertThat(sold(fair)).isZero();
        assertThat(claim(
                                TestDatabase.anotherShopOfA(tenants, "STANDARD"),
                                fair,
                                1,
                                Payment.CASH_ON_DELIVERY,
                                UUID.randomUUID().toString())
                        .claim()
                        .getId())
                .as("other shops order as usual")
                .isPositive();
    }

    @Test
    void openingTheFairPageIsLookingInOnlyOrderingIsJoining() {
        long fair = openFair(Set.of(), null, null, 20, 6);
        String looker = TestDatabase.anotherShopOfA(tenants, "STANDARD");
        as(looker, () -> shopFairs.recordVisit(fair));
        as(looker, () -> shopFairs.recordVisit(fair));
        order(tenants.storeOwner(), fair, 1);

        FairService.Dashboard dashboard = as(tenants.brandAdminA(), () -> fairs.dashboard(fair));
        assertThat(dashboard.orderingShops()).isEqualTo(1);
        assertThat(dashboard.visitingShops()).as("the looker, once").isEqualTo(1);
        assertThat(as(tenants.brandAdminB(), () -> sales.totals(fair)).orders())
                .as("another brand reads the fair's sales as nothing")
                .isZero();
        assertThat(as(tenants.brandAdminA(), () -> sales.totals(fair)).orders()).isEqualTo(1);
    }

    @Test
    void aSoldOutOfferOrAReachedCapIsTheAnswerBeforeStockIsEvenLookedAt() {
        long capped = openFair(Set.of(), null, null, 20, 3);
        long small = openFair(Set.of(), null, null, 3, 3);
        order(tenants.storeOwner(), capped, 3);
        order(tenants.storeOwner(), small, 3);
        // The distributor has nothing left either: the fair's refusal is what the shop needs to hear.
        TestDatabase.execute("UPDATE stock SET on_hand = reserved WHERE sku_id = ?", cola);

        assertRefused(() -> order(tenants.storeOwner(), capped, 1), "fair.capReached");
        assertRefused(
                () -> order(tenants.storeOwner(), small, 1),
                "fair.soldOut"); // (and at its cap: sold out is said first)
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM checkout WHERE fair_id IN (?, ?)", capped, small))
                .isEqualTo(2);
        assertThat(TestDatabase.count("SELECT SUM(sold) FROM fair_offer WHERE fair_id IN (?, ?)", capped, small))
                .isEqualTo(6);
    }

    @Test
    void onlyTheFairsOfferedSkusCanBeOrderedThereWhateverTheCaseOfTheCode() {
        long fair = openFair(Set.of(), null, null, 20, 6);
        String otherBrandsCode = TestDatabase.text("SELECT code FROM sku WHERE id = ?", tenants.skuOfB());

        assertRefused(() -> claimLines(fair, new OrderLineRequest("NO-SUCH", 1)), "order.unknownSku");
        assertRefused(() -> claimLines(fair, new OrderLineRequest(otherBrandsCode, 1)), "order.unknownSku");
        assertRefused(() -> claimLines(fair, new OrderLineRequest(tenants.skuCodeOfA(), 1)), "fair.notOffered");
        assertRefused(
                () -> claimLines(
                        fair, new OrderLineRequest(colaCode, 1), new OrderLineRequest(tenants.skuCodeOfA(), 1)),
                "fair.notOffered");
        assertRefused(() -> claimLines(fair, new OrderLineRequest(colaCode, 0)), "order.casesPositive");
        assertThat(sold(fair)).as("refused lines take nothing").isZero();
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM fair_claim WHERE fair_id = ?", fair))
                .isZero();

        FairClaim claim = claimLines(
                        fair,
                        new OrderLineRequest(" " + colaCode.toLowerCase(Locale.ROOT) + " ", 1),
                        new OrderLineRequest(colaCode, 2))
                .claim();
        assertThat(claim.getLines()).singleElement().satisfies(line -> {
            assertThat(line.getSkuCode()).isEqualTo(colaCode);
            assertThat(line.getCases()).as("the same SKU twice is added up").isEqualTo(3);
        });
        assertThat(claim.getTotal()).isEqualByComparingTo("120.00");
        assertThat(sold(fair)).isEqualTo(3);
    }

    @Test
    void theLiveFeedReadsWhatIsLeftInTheRunningFairsOnly() {
        long running = openFair(Set.of(), null, null, 20, 6);
        order(tenants.storeOwner(), running, 4);
        long later = as(
                tenants.brandAdminA(),
                () -> fairs.create(draft(
                        Instant.now().plus(Duration.ofHours(1)),
                        Instant.now().plus(Duration.ofHours(2)),
                        Set.of(),
                        null,
                        null)));
        as(tenants.brandAdminA(), () -> fairs.offer(later, cola, new BigDecimal("40.00"), null, 20, 6));
        as(tenants.brandAdminA(), () -> fairs.publish(later));
        long draft = as(
                tenants.brandAdminA(),
                () -> fairs.create(draft(
                        Instant.now().minusSeconds(60),
                        Instant.now().plus(Duration.ofHours(1)),
                        Set.of(),
                        null,
                        null)));

        Map<Long, Map<Long, Integer>> live = liveFeed.ofRunningFairs(Instant.now());

        long offer = TestDatabase.count("SELECT id FROM fair_offer WHERE fair_id = ?", running);
        assertThat(live.get(running)).containsExactly(Map.entry(offer, 16));
        assertThat(live).doesNotContainKeys(later, draft);
    }

    @Test
    void noOrderCanTakeTheKeyOfAClaimsCheckoutSoEveryClaimIsPlacedOrRefused() {
        long fair = openFair(Set.of(), null, null, 20, 6);
        long claimId = claim(
                        tenants.storeOwner(),
                        fair,
                        2,
                        Payment.CASH_ON_DELIVERY,
                        UUID.randomUUID().toString())
                .claim()
                .getId();
        // The key the claim's checkout will have, however a client spells it (the key column ignores case and accents).
        for (String key : List.of(
                "fair-claim-" + claimId, "FAIR-CLAIM-" + claimId, "fäir-claim-" + claimId, "key with spaces", "")) {
            assertRefused(
                    () -> as(
                            tenants.storeOwner(),
                            () -> placement.place(OrderRequest.ofLines(
                                    tenants.brandIdA(),
                                    List.of(new OrderLineRequest(colaCode, 1)),
                                    Payment.CASH_ON_DELIVERY,
                                    key))),
                    "order.keyInvalid");
        }
        awaitSettled(claimId);
        assertThat(TestDatabase.text("SELECT status FROM fair_claim WHERE id = ?", claimId))
                .isEqualTo("PLACED");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM checkout WHERE fair_id = ?", fair))
                .isEqualTo(1);
    }

    @Test
    void anOfferNobodyHasOrderedCanBeTakenOffAPublishedFairAndAClaimThenHearsSo() {
        long fair = openFair(Set.of(), null, null, 20, 6);
        long offer = TestDatabase.count("SELECT id FROM fair_offer WHERE fair_id = ?", fair);
        assertThatThrownBy(() -> as(tenants.brandAdminB(), () -> fairs.removeOffer(fair, offer)))
                .isInstanceOf(NotFoundException.class);
        as(tenants.brandAdminA(), () -> fairs.removeOffer(fair, offer));
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM fair_offer WHERE fair_id = ?", fair))
                .isZero();
        assertRefused(() -> order(tenants.storeOwner(), fair, 1), "fair.notOffered");

        long ordered = openFair(Set.of(), null, null, 20, 6);
        long orderedOffer = TestDatabase.count("SELECT id FROM fair_offer WHERE fair_id = ?", ordered);
        order(tenants.storeOwner(), ordered, 1);
        assertRefused(
                () -> as(tenants.brandAdminA(), () -> fairs.removeOffer(ordered, orderedOffer)), "fair.offerOrdered");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM fair_offer WHERE fair_id = ?", ordered))
                .isEqualTo(1);
    }

    @Test
    void onceShopsHaveOrderedThePriceIsFixedAndTheAllocationOnlyGrows() {
        long fair = openFair(Set.of(), null, null, 20, 6);
        order(tenants.storeOwner(), fair, 1);

        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> fairs.offer(fair, cola, new BigDecimal("39.00"), new BigDecimal("35.00"), 20, 6)),
                "fair.priceLocked");
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> fairs.offer(fair, cola, new BigDecimal("40.00"), new BigDecimal("35.00"), 19, 6)),
                "fair.allocationOnlyGrows");
        as(
                tenants.brandAdminA(),
                () -> fairs.offer(fair, cola, new BigDecimal("40.00"), new BigDecimal("35.00"), 30, 8));
        assertThat(TestDatabase.count("SELECT allocation FROM fair_offer WHERE fair_id = ?", fair))
                .isEqualTo(30);

        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> fairs.create(draft(Instant.now().plusSeconds(60), Instant.now(), Set.of(), null, null))),
                "fair.windowInvalid");
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> fairs.create(new FairDraft(
                                " ", null, Instant.now(), Instant.now().plusSeconds(60), Set.of(), null, null, null))),
                "fair.titleInvalid");
        long empty = as(
                tenants.brandAdminA(),
                () -> fairs.create(draft(Instant.now(), Instant.now().plusSeconds(600), Set.of(), null, null)));
        assertRefused(() -> as(tenants.brandAdminA(), () -> fairs.publish(empty)), "fair.noOffers");
        assertRefused(
                () -> as(tenants.brandAdminA(), () -> fairs.offer(empty, cola, BigDecimal.ZERO, null, 10, 2)),
                "fair.priceInvalid");
        assertRefused(
                () -> as(tenants.brandAdminA(), () -> fairs.offer(empty, cola, BigDecimal.TEN, null, 10, 11)),
                "fair.allocationInvalid");
    }

    @Test
    void theSessionStaysEditableButItsTermsOfSaleAreFixedOnceShopsOrder() {
        long fair = openFair(Set.of(), null, null, 20, 6);
        var before = as(tenants.brandAdminA(), () -> fairs.fair(fair));
        Instant start = before.getStartsAt();
        Instant end = before.getEndsAt();
        as(
                tenants.brandAdminA(),
                () -> fairs.update(
                        fair,
                        before.getVersion(),
                        new FairDraft(
                                "Spring fair",
                                "Fair-only prices",
                                start,
                                end,
                                Set.of(),
                                null,
                                new BigDecimal("20.00"),
                                10)));
        assertThat(TestDatabase.count("SELECT early_bird_minutes FROM fair WHERE id = ?", fair))
                .as("no orders yet: terms can change")
                .isEqualTo(10);

        order(tenants.storeOwner(), fair, 1);
        long version = as(tenants.brandAdminA(), () -> fairs.fair(fair)).getVersion();
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> fairs.update(
                                fair,
                                version,
                                new FairDraft(
                                        "Spring fair",
                                        null,
                                        start.minusSeconds(600),
                                        end,
                                        Set.of(),
                                        null,
                                        new BigDecimal("20.00"),
                                        10))),
                "fair.termsLocked");
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> fairs.update(
                                fair,
                                version,
                                new FairDraft(
                                        "Spring fair", null, start, end, Set.of(), null, new BigDecimal("5.00"), 10))),
                "fair.termsLocked");
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> fairs.update(
                                fair,
                                version,
                                new FairDraft(
                                        "Spring fair",
                                        null,
                                        start,
                                        end,
                                        Set.of(),
                                        null,
                                        new BigDecimal("20.00"),
                                        null))),
                "fair.termsLocked");
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> fairs.update(
                                fair,
                                version,
                                new FairDraft(
                                        "Spring fair",
                                        null,
                                        start,
                                        Instant.now().minusSeconds(1),
                                        Set.of(),
                                        null,
                                        new BigDecimal("20.00"),
                                        10))),
                "fair.windowInvalid");
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> fairs.update(
                                fair,
                                version,
                                new FairDraft(
                                        "x".repeat(121),
                                        null,
                                        start,
                                        end,
                                        Set.of(),
                                        null,
                                        new BigDecimal("20.00"),
                                        10))),
                "fair.titleInvalid");
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> fairs.update(
                                fair,
                                version,
                                new FairDraft(
                                        "Spring fair",
                                        "x".repeat(2001),
                                        start,
                                        end,
                                        Set.of(),
                                        null,
                                        new BigDecimal("20.00"),
                                        10))),
                "fair.descriptionTooLong");
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> fairs.update(
                                fair,
                                version,
                                new FairDraft(
                                        "Spring fair",
                                        null,
                                        start,
                                        end,
                                        Set.of(),
                                        "x".repeat(33),
                                        new BigDecimal("20.00"),
                                        10))),
                "fair.regionInvalid");
        long fresh = as(
                tenants.brandAdminA(),
                () -> fairs.create(draft(Instant.now(), Instant.now().plusSeconds(600), Set.of(), null, null)));
        long freshVersion = as(tenants.brandAdminA(), () -> fairs.fair(fresh)).getVersion();
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> fairs.update(
                                fresh,
                                freshVersion,
                                new FairDraft(
                                        "Spring fair", null, start, end, Set.of(), null, new BigDecimal("-1"), null))),
                "fair.minimumInvalid");
        assertRefused(
                () -> as(
                        tenants.brandAdminA(),
                        () -> fairs.update(
                                fresh,
                                freshVersion,
                                new FairDraft("Spring fair", null, start, end, Set.of(), null, null, 24 * 60 + 1))),
                "fair.earlyBirdInvalid");

        as(
                tenants.brandAdminA(),
                () -> fairs.update(
                        fair,
                        version,
                        new FairDraft(
                                "Spring fair, extended",
                                "Two more hours",
                                start,
                                end.plus(Duration.ofHours(2)),
                                Set.of(StoreTier.GOLD),
                                "GD",
                                new BigDecimal("20.00"),
                                10)));
        var after = as(tenants.brandAdminA(), () -> fairs.fair(fair));
        assertThat(after.getTitle()).isEqualTo("Spring fair, extended");
        assertThat(after.getEndsAt()).isEqualTo(end.plus(Duration.ofHours(2)));
        assertThat(after.getInvitedTiers()).containsExactly(StoreTier.GOLD);
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_type = 'FAIR' AND subject_id = ? AND action = 'UPDATED'",
                        fair))
                .as("each saved change is audited")
                .isEqualTo(2);

        assertThatThrownBy(() -> as(
                        tenants.brandAdminA(),
                        () -> fairs.update(
                                fair,
                                version,
                                new FairDraft("Stale", null, start, end, Set.of(), null, new BigDecimal("20.00"), 10))))
                .isInstanceOf(org.shelfline.shared.ConcurrentEditException.class);
        Tenants other = TestDatabase.twoBrands();
        assertThatThrownBy(() -> as(
                        other.brandAdminA(),
                        () -> fairs.update(
                                fair,
                                after.getVersion(),
                                new FairDraft("Mine", null, start, end, Set.of(), null, null, null))))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(tenants.brandAdminA(), () -> fairs.fair(fair)).getTitle()).isEqualTo("Spring fair, extended");
    }

    @Test
    void aRushNeverOversellsTheAllocationNorPassesAShopsCap() throws Exception {
        long fair = openFair(Set.of(), null, null, 20, 6);
        List<String> shops = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            shops.add(TestDatabase.anotherShopOfA(tenants, "STANDARD"));
        }
        long accepted = Race.kept(
                        executor,
                        24,
                        i -> order(shops.get(i % shops.size()), fair, 3),
                        "fair.soldOut",
                        "fair.capReached")
                .size();

        long sold = TestDatabase.count("SELECT sold FROM fair_offer WHERE fair_id = ?", fair);
        assertThat(sold).as("allocation 20, 3 cases an order").isEqualTo(18).isEqualTo(accepted * 3);
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM fair_store_take t JOIN fair_offer o ON o.id = t.offer_id "
                                + "WHERE o.fair_id = ? AND t.cases > o.store_cap",
                        fair))
                .isZero();
        assertThat(TestDatabase.count(
                        "SELECT COALESCE(SUM(l.cases), 0) FROM order_line l JOIN purchase_order o ON o.id = l.order_id "
                                + "JOIN checkout c ON c.id = o.checkout_id WHERE c.fair_id = ?",
                        fair))
                .isEqualTo(sold);
    }

    @Test
    void oneShopsConcurrentClaimsNeverPassItsCapThoughTheAllocationIsPlenty() throws Exception {
        // The shop's takes are written and its cap checked before the offers are locked: only the takes' own
        // row locks keep two claims of the same shop from both passing the cap.
        long fair = openFair(Set.of(), null, null, 1000, 6);
        String shop = tenants.storeOwner();
        long kept = Race.kept(
                        executor,
                        8,
                        i -> claim(
                                shop,
                                fair,
                                3,
                                Payment.CASH_ON_DELIVERY,
                                UUID.randomUUID().toString()),
                        "fair.capReached")
                .size();

        assertThat(kept).as("cap 6, 3 cases a claim").isEqualTo(2);
        assertThat(sold(fair)).isEqualTo(6);
        assertThat(TestDatabase.count(
                        "SELECT t.cases FROM fair_store_take t JOIN fair_offer o ON o.id = t.offer_id "
                                + "WHERE o.fair_id = ? AND t.store_id = ?",
                        fair,
                        tenants.storeId()))
                .isEqualTo(6);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM fair_claim WHERE fair_id = ?", fair))
                .isEqualTo(2);
    }

    @Test
    void aShopTurnedAwayByTheRushIsToldToTryAgainNotRefused() {
        // FairAdmissionTest shows when the gate gives up; this is what an API client then receives.
        Response response = new ProblemMappers.BusinessRule().toResponse(new BusyException("order.busy", 10));

        assertThat(response.getStatus()).isEqualTo(503);
        assertThat(response.getHeaderString("Retry-After")).isEqualTo("10");
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        assertThat(((Problem) response.getEntity()).code()).isEqualTo("order.busy");
    }

    @Test
    void onlyInvitedShopsOfTheBrandSeeAndOrder() {
        long goldOnly = openFair(Set.of(StoreTier.GOLD), null, null, 20, 6);
        assertRefused(() -> order(tenants.storeOwner(), goldOnly, 1), "fair.notInvited");
        assertThat(as(tenants.storeOwner(), () -> shopFairs.upcoming())).noneMatch(f -> f.getId() == goldOnly);
        String gold = TestDatabase.anotherShopOfA(tenants, "GOLD");
        assertThat(order(gold, goldOnly, 1).total()).isEqualByComparingTo("40.00");
        assertThat(as(gold, () -> shopFairs.upcoming())).anyMatch(f -> f.getId() == goldOnly);

        long elsewhere = openFair(Set.of(), "ZZ-NOWHERE", null, 20, 6);
        assertRefused(() -> order(tenants.storeOwner(), elsewhere, 1), "fair.notInvited");

        long later = as(
                tenants.brandAdminA(),
                () -> fairs.create(draft(
                        Instant.now().plus(Duration.ofDays(1)),
                        Instant.now().plus(Duration.ofDays(2)),
                        Set.of(),
                        null,
                        null)));
        as(tenants.brandAdminA(), () -> fairs.offer(later, cola, new BigDecimal("40.00"), null, 20, 6));
        as(tenants.brandAdminA(), () -> fairs.publish(later));
        assertRefused(() -> order(tenants.storeOwner(), later, 1), "fair.notOpen");
        assertThat(as(tenants.storeOwner(), () -> shopFairs.upcoming())).anyMatch(f -> f.getId() == later);

        Tenants other = TestDatabase.twoBrands();
        assertThatThrownBy(() -> as(other.brandAdminA(), () -> fairs.fair(goldOnly)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.brandAdminA(), () -> fairs.announce(goldOnly, "hello")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.storeOwner(), () -> shopFairs.fair(goldOnly)))
                .isInstanceOf(NotFoundException.class);
        assertRefused(() -> order(other.storeOwner(), later, 1), "order.notVerified");
    }

    @Test
    void theSummaryBreaksSalesDownBySkuRegionAndShop() throws Exception {
        long fair = openFair(Set.of(), null, null, 20, 6);
        order(tenants.storeOwner(), fair, 5);
        order(TestDatabase.anotherShopOfA(tenants, "SILVER"), fair, 3);

        var summary = as(tenants.brandAdminA(), () -> fairs.summary(fair));

        assertThat(summary.skus()).singleElement().satisfies(line -> {
            assertThat(line.cases()).isEqualTo(8);
            assertThat(line.sales()).isEqualByComparingTo("320.00");
            assertThat(line.sellThrough()).isEqualByComparingTo("40.0");
        });
        assertThat(summary.regions())
                .singleElement()
                .satisfies(line -> assertThat(line.name()).isEqualTo(tenants.districtCode()));
        assertThat(summary.stores())
                .hasSize(2)
                .first()
                .satisfies(line -> assertThat(line.sales()).isEqualByComparingTo("200.00"));
        try (var workbook = new org.apache.poi.xssf.usermodel.XSSFWorkbook(
                new java.io.ByteArrayInputStream(org.shelfline.fair.FairSummaryWorkbook.write(summary, headings())))) {
            assertThat(workbook.getNumberOfSheets()).isEqualTo(3);
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(3).getNumericCellValue())
                    .isEqualTo(8.0);
        }
        Tenants other = TestDatabase.twoBrands();
        assertThatThrownBy(() -> as(other.brandAdminA(), () -> fairs.summary(fair)))
                .isInstanceOf(NotFoundException.class);
    }

    private static Map<String, String> headings() {
        Map<String, String> headings = new java.util.HashMap<>();
        for (String key : List.of(
                "skus",
                "regions",
                "stores",
                "code",
                "name",
                "allocation",
                "cases",
                "sales",
                "sellThrough",
                "region",
                "store",
                "orders")) {
            headings.put(key, key);
        }
        return headings;
    }

    @Test
    void announcementsReachTheShopsInTheFair() {
        long fair = openFair(Set.of(), null, null, 20, 6);
        as(tenants.brandAdminA(), () -> fairs.announce(fair, "Free delivery for orders placed in the next hour!"));
        assertRefused(
                () -> as(tenants.brandAdminA(), () -> fairs.announce(fair, "x".repeat(501))),
                "fair.announcementInvalid");

        assertThat(as(tenants.storeOwner(), () -> shopFairs.announcements(fair)))
                .extracting(a -> a.getMessage())
                .containsExactly("Free delivery for orders placed in the next hour!");
        assertThat(as(tenants.storeOwner(), () -> shopFairs.fair(fair)).getOffers())
                .singleElement()
                .satisfies(offer -> assertThat(offer.getRemaining()).isEqualTo(20));
    }

    private long openFair(Set<StoreTier> tiers, String region, Integer earlyBirdMinutes, int allocation, int cap) {
        long fair = as(
                tenants.brandAdminA(),
                () -> fairs.create(draft(
                        Instant.now().minusSeconds(60),
                        Instant.now().plus(Duration.ofHours(1)),
                        tiers,
                        region,
                        earlyBirdMinutes)));
        as(
                tenants.brandAdminA(),
                () -> fairs.offer(fair, cola, new BigDecimal("40.00"), new BigDecimal("35.00"), allocation, cap));
        as(tenants.brandAdminA(), () -> fairs.publish(fair));
        return fair;
    }

    private static FairDraft draft(Instant start, Instant end, Set<StoreTier> tiers, String region, Integer earlyBird) {
        return new FairDraft(
                "Spring fair", "Fair-only prices", start, end, tiers, region, new BigDecimal("10.00"), earlyBird);
    }

    /** Orders at the fair and has the order placed now (rather than waiting for the background placer). */
    private Placement order(String shop, long fair, int cases) {
        FairClaim claim = claim(
                        shop,
                        fair,
                        cases,
                        Payment.CASH_ON_DELIVERY,
                        UUID.randomUUID().toString())
                .claim();
        assertThat(placer.settle(claim.getId())).isEqualTo(FairClaim.Status.PLACED);
        return as(shop, () -> orders.myCheckout(claims.mine(claim.getId()).getCheckoutId()));
    }

    private FairOrders.Claimed claim(String shop, long fair, int cases, Payment payment, String key) {
        return as(shop, () -> fairOrders.claim(fair, List.of(new OrderLineRequest(colaCode, cases)), payment, key));
    }

    private FairOrders.Claimed claimLines(long fair, OrderLineRequest... lines) {
        return as(
                tenants.storeOwner(),
                () -> fairOrders.claim(
                        fair,
                        List.of(lines),
                        Payment.CASH_ON_DELIVERY,
                        UUID.randomUUID().toString()));
    }

    private static void awaitSettled(long claimId) {
        await().atMost(60, TimeUnit.SECONDS)
                .until(() -> TestDatabase.count(
                                "SELECT COUNT(*) FROM fair_claim WHERE id = ? AND status <> 'WAITING'", claimId)
                        == 1);
    }

    private long sold(long fair) {
        return TestDatabase.count("SELECT sold FROM fair_offer WHERE fair_id = ?", fair);
    }
}
