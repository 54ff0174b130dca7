package org.shelfline.web.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shelfline.web.support.Refusals.assertRefused;
import static org.shelfline.web.support.TestCallerIdentity.as;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfline.ordering.AcceptanceDeadlines;
import org.shelfline.ordering.BrandCart;
import org.shelfline.ordering.CartService;
import org.shelfline.ordering.FulfilmentService;
import org.shelfline.ordering.OrderLine;
import org.shelfline.ordering.OrderLineRequest;
import org.shelfline.ordering.OrderPlacement;
import org.shelfline.ordering.OrderRequest;
import org.shelfline.ordering.OrderStatus;
import org.shelfline.ordering.Payment;
import org.shelfline.ordering.Placement;
import org.shelfline.ordering.PurchaseOrder;
import org.shelfline.ordering.RoutingOutcome;
import org.shelfline.ordering.SavedListService;
import org.shelfline.ordering.ShopOrders;
import org.shelfline.shared.NotFoundException;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.Race;
import org.shelfline.web.support.TestClock;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestDatabase.ExtraDistributor;
import org.shelfline.web.support.TestDatabase.Tenants;

/**
 * Ordering on Payara Micro and MariaDB, acting as real users: cart rules and prices, placement with
 * routing (first choice, fallback, split, none), re-routing on rejection and time-out, exactly-once
 * placement, the atomic credit check and stock under concurrency, fulfilment, and tenant isolation.
 */
@ExtendWith(ArquillianExtension.class)
class OrderingIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(OrderingIT.class);
    }

    @Inject
    CartService carts;

    @Inject
    OrderPlacement placement;

    @Inject
    ShopOrders orders;

    @Inject
    FulfilmentService fulfilment;

    @Inject
    AcceptanceDeadlines deadlines;

    @Inject
    SavedListService lists;

    @Inject
    TestClock clock;

    @Resource
    ManagedExecutorService executor;

    private Tenants tenants;
    private ExtraDistributor backup;
    private long firstWarehouse;
    private long cola;
    private String colaCode;
    private String teaCode;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @BeforeEach
    void setUp() {
        tenants = TestDatabase.twoBrands();
        backup = TestDatabase.anotherDistributorForA(tenants, 2);
        firstWarehouse = TestDatabase.count(
                "SELECT w.id FROM warehouse w JOIN distributor d ON d.id = w.distributor_id " + "WHERE d.name = ?",
                tenants.distributorName());
        colaCode = "COLA-" + UUID.randomUUID().toString().substring(0, 8);
        cola = TestDatabase.skuWithRules(tenants.brandIdA(), colaCode, 2, 2, Map.of(1, "50.00", 10, "45.00"));
        teaCode = tenants.skuCodeOfA();
        TestDatabase.stock(firstWarehouse, tenants.skuOfA(), 100);
        TestDatabase.stock(firstWarehouse, cola, 100);
        TestDatabase.stock(backup.warehouseId(), tenants.skuOfA(), 100);
        TestDatabase.stock(backup.warehouseId(), cola, 100);
        TestDatabase.execute(
                "UPDATE store_brand SET credit_terms = 'NET_30', credit_limit = 1000 WHERE store_id = ?",
                tenants.storeId());
    }

    @Test
    void theCartPricesForThisShopAndEnforcesCasePackRules() {
        as(tenants.storeOwner(), () -> carts.add(cola, 10));
        as(tenants.storeOwner(), () -> carts.add(tenants.skuOfA(), 3));

        BrandCart cart = as(tenants.storeOwner(), () -> carts.carts()).get(0);
        assertThat(cart.items())
                .extracting(item -> item.sku().getCode() + "=" + item.quote().lineTotal())
                .containsExactlyInAnyOrder(colaCode + "=450.00", teaCode + "=109.50");
        assertThat(cart.total()).isEqualByComparingTo("559.50");

        assertRefused(() -> as(tenants.storeOwner(), () -> carts.change(cola, 1)), "order.belowMinimum");
        assertRefused(() -> as(tenants.storeOwner(), () -> carts.change(cola, 5)), "order.notIncrement");
        assertRefused(() -> as(tenants.storeOwner(), () -> carts.change(cola, 0)), "order.casesPositive");
        assertRefused(() -> as(tenants.storeOwner(), () -> carts.change(cola, -4)), "order.casesPositive");
        assertRefused(() -> as(tenants.storeOwner(), () -> carts.change(cola, 1_000_000)), "order.tooManyCases");
        assertRefused(() -> as(tenants.storeOwner(), () -> carts.add(tenants.skuOfB(), 1)), "order.unknownSku");
        assertThat(TestDatabase.count(
                        "SELECT cases FROM cart_line WHERE store_id = ? AND sku_id = ?", tenants.storeId(), cola))
                .as("refused changes stored nothing")
                .isEqualTo(10);
    }

    @Test
    void quickOrderAddsGoodLinesAndNamesTheBadOnes() {
        var problems = as(
                tenants.storeOwner(),
                () -> carts.quickOrder(
                        tenants.brandIdA(),
                        colaCode + " 4\n" + teaCode + ",2\nNOPE 3\n" + colaCode + " lots\n" + colaCode + " 3\n\n"));

        assertThat(problems)
                .extracting(p -> p.lineNo() + ":" + p.messageKey())
                .containsExactly("3:order.unknownSku", "4:cart.quickNotANumber", "5:order.notIncrement");
        assertThat(TestDatabase.count(
                        "SELECT cases FROM cart_line WHERE store_id = ? AND sku_id = ?", tenants.storeId(), cola))
                .isEqualTo(4);

        assertRefused(
                () -> as(tenants.storeOwner(), () -> carts.quickOrder(tenants.brandIdA(), "x".repeat(10_000_000))),
                "cart.quickTooLong");
        assertThat(as(
                        tenants.storeOwner(),
                        () -> carts.quickOrder(tenants.brandIdA(), colaCode + "x".repeat(5_000) + " 2")))
                .extracting(p -> p.messageKey())
                .containsExactly("cart.quickUnreadable");
    }

    @Test
    void aSavedListAndAPastOrderRefillTheCart() {
        as(tenants.storeOwner(), () -> carts.add(cola, 4));
        as(tenants.storeOwner(), () -> carts.add(tenants.skuOfA(), 2));
        long list = as(tenants.storeOwner(), () -> lists.saveCart(tenants.brandIdA(), "  Weekly drinks "));
        assertRefused(
                () -> as(tenants.storeOwner(), () -> lists.saveCart(tenants.brandIdA(), "Weekly drinks")),
                "list.nameTaken");
        assertRefused(
                () -> as(tenants.storeOwner(), () -> lists.saveCart(tenants.brandIdA(), "x".repeat(81))),
                "list.nameTooLong");
        assertRefused(
                () -> as(tenants.storeOwner(), () -> lists.saveCart(tenants.brandIdA(), " ")), "list.nameRequired");

        PurchaseOrder order = as(
                        tenants.storeOwner(),
                        () -> placement.place(OrderRequest.fromCart(
                                tenants.brandIdA(),
                                List.of(line(colaCode, 4), line(teaCode, 2)),
                                Payment.CASH_ON_DELIVERY,
                                UUID.randomUUID().toString())))
                .orders()
                .get(0);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM cart_line WHERE store_id = ?", tenants.storeId()))
                .as("placing from the cart empties it")
                .isZero();

        assertThat(as(tenants.storeOwner(), () -> lists.addToCart(list))).isEmpty();
        TestDatabase.execute("UPDATE sku SET status = 'WITHDRAWN' WHERE id = ?", tenants.skuOfA());
        assertThat(as(tenants.storeOwner(), () -> carts.reorder(order.getId())))
                .extracting(p -> p.messageKey())
                .containsExactly("order.skuUnavailable");
        assertThat(TestDatabase.count(
                        "SELECT cases FROM cart_line WHERE store_id = ? AND sku_id = ?", tenants.storeId(), cola))
                .as("list (4) plus reorder (4)")
                .isEqualTo(8);
        assertThat(as(tenants.storeOwner(), () -> lists.lists()))
                .extracting(l -> l.getName())
                .containsExactly("Weekly drinks");

        Tenants other = TestDatabase.twoBrands();
        assertThatThrownBy(() -> as(other.storeOwner(), () -> lists.addToCart(list)))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.storeOwner(), () -> carts.reorder(order.getId())))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theShopConfirmsDeliveryAndReportsDamageWhichCanOnlyLowerWhatArrived() {
        PurchaseOrder order = place(Payment.CREDIT, line(colaCode, 4)).orders().get(0);
        as(tenants.distributor(), () -> fulfilment.accept(order.getId()));
        assertRefused(
                () -> as(
                        tenants.storeOwner(),
                        () -> orders.confirmDelivery(
                                order.getId(), Map.of(order.getLines().get(0).getId(), new int[] {4, 0}))),
                "order.wrongStatus");
        as(tenants.distributor(), () -> fulfilment.ship(order.getId()));
        long lineId = as(tenants.storeOwner(), () -> orders.myOrder(order.getId()))
                .getLines()
                .get(0)
                .getId();

        as(tenants.storeOwner(), () -> orders.confirmDelivery(order.getId(), Map.of(lineId, new int[] {4, 0})));
        assertThat(as(tenants.storeOwner(), () -> orders.myOrder(order.getId())).getStatus())
                .isEqualTo(OrderStatus.DELIVERED);
        assertThat(creditUsed()).isEqualByComparingTo("200.00");

        as(tenants.storeOwner(), () -> orders.confirmDelivery(order.getId(), Map.of(lineId, new int[] {4, 1})));
        assertThat(as(tenants.storeOwner(), () -> orders.myOrder(order.getId())).getStatus())
                .isEqualTo(OrderStatus.PARTIALLY_DELIVERED);
        assertThat(creditUsed()).as("the damaged case is not charged").isEqualByComparingTo("150.00");
        assertRefused(
                () -> as(
                        tenants.distributor(),
                        () -> fulfilment.recordDelivery(order.getId(), Map.of(lineId, new int[] {4, 0}))),
                "order.deliveryCanOnlyLower");
        assertRefused(
                () -> as(
                        tenants.storeOwner(),
                        () -> orders.confirmDelivery(order.getId(), Map.of(lineId, new int[] {-1, 0}))),
                "order.deliveryInvalid");
        assertRefused(
                () -> as(tenants.storeOwner(), () -> orders.confirmDelivery(order.getId(), Map.of())),
                "order.deliveryIncomplete");
        assertThat(creditUsed()).isEqualByComparingTo("150.00");
    }

    @Test
    void anOrderGoesToTheFirstChoiceAndReservesItsStock() {
        Placement placed = place(Payment.CASH_ON_DELIVERY, line(colaCode, 4), line(teaCode, 2));

        assertThat(placed.orders()).singleElement().satisfies(order -> {
            assertThat(order.getDistributor().getName().english()).isEqualTo(tenants.distributorName());
            assertThat(order.getStatus()).isEqualTo(OrderStatus.PLACED);
            assertThat(order.getTotal()).isEqualByComparingTo("273.00");
            assertThat(order.getAcceptBy()).isAfter(order.getPlacedAt());
        });
        assertThat(reserved(firstWarehouse, cola)).isEqualTo(4);
        assertThat(reserved(firstWarehouse, tenants.skuOfA())).isEqualTo(2);
        assertThat(outcomes(placed.orders().get(0))).containsExactly(RoutingOutcome.FIRST_CHOICE);
    }

    @Test
    void whenTheFirstChoiceCannotFillItTheNextDoes() {
        TestDatabase.stock(firstWarehouse, cola, 3);

        Placement placed = place(Payment.CASH_ON_DELIVERY, line(colaCode, 4), line(teaCode, 2));

        PurchaseOrder order = placed.orders().get(0);
        assertThat(order.getDistributor().getId()).isEqualTo(backup.id());
        assertThat(outcomes(order)).containsExactly(RoutingOutcome.FALLBACK);
        assertThat(order.getDecisions().get(0).getDetail()).contains("short of " + colaCode);
        assertThat(reserved(backup.warehouseId(), cola)).isEqualTo(4);
        assertThat(reserved(firstWarehouse, cola)).isZero();
    }

    @Test
    void whenNoSingleDistributorCanFillItTheOrderIsSplit() {
        TestDatabase.stock(firstWarehouse, cola, 0);
        TestDatabase.stock(backup.warehouseId(), tenants.skuOfA(), 0);

        Placement placed = place(Payment.CASH_ON_DELIVERY, line(colaCode, 4), line(teaCode, 2));

        assertThat(placed.orders()).hasSize(2);
        assertThat(placed.orders())
                .extracting(o -> o.getReference())
                .containsExactly(placed.reference() + "-1", placed.reference() + "-2");
        assertThat(placed.orders()).allSatisfy(o -> assertThat(outcomes(o)).containsExactly(RoutingOutcome.SPLIT));
        assertThat(reserved(firstWarehouse, tenants.skuOfA())).isEqualTo(2);
        assertThat(reserved(backup.warehouseId(), cola)).isEqualTo(4);
        assertThat(placed.total()).isEqualByComparingTo("273.00");
    }

    @Test
    void whenNothingCanFillItTheOrderIsRefusedAndNothingIsStored() {
        TestDatabase.stock(firstWarehouse, cola, 1);
        TestDatabase.stock(backup.warehouseId(), cola, 3);

        assertRefused(() -> place(Payment.CASH_ON_DELIVERY, line(colaCode, 4)), "order.cannotFill");

        assertThat(TestDatabase.count("SELECT COUNT(*) FROM checkout WHERE store_id = ?", tenants.storeId()))
                .isZero();
        assertThat(reserved(backup.warehouseId(), cola)).isZero();
    }

    @Test
    void aRejectedOrderMovesToTheNextDistributorWithItsReservation() {
        PurchaseOrder order = place(Payment.CREDIT, line(colaCode, 4)).orders().get(0);

        as(tenants.distributor(), () -> fulfilment.reject(order.getId(), "truck broken down"));

        PurchaseOrder moved = as(tenants.storeOwner(), () -> orders.myOrder(order.getId()));
        assertThat(moved.getDistributor().getId()).isEqualTo(backup.id());
        assertThat(moved.getStatus()).isEqualTo(OrderStatus.PLACED);
        assertThat(outcomes(moved))
                .containsExactly(RoutingOutcome.FIRST_CHOICE, RoutingOutcome.REJECTED, RoutingOutcome.REROUTED);
        assertThat(moved.getDecisions().get(1).getDetail()).isEqualTo("truck broken down");
        assertThat(reserved(firstWarehouse, cola)).isZero();
        assertThat(reserved(backup.warehouseId(), cola)).isEqualTo(4);
        assertThatThrownBy(() -> as(tenants.distributor(), () -> fulfilment.order(order.getId())))
                .as("the first distributor no longer sees it")
                .isInstanceOf(NotFoundException.class);

        as(backup.username(), () -> fulfilment.reject(order.getId(), "no driver"));

        PurchaseOrder cancelled = as(tenants.storeOwner(), () -> orders.myOrder(order.getId()));
        assertThat(cancelled.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(outcomes(cancelled)).endsWith(RoutingOutcome.REJECTED, RoutingOutcome.NO_ALTERNATIVE);
        assertThat(reserved(backup.warehouseId(), cola)).isZero();
        assertThat(creditUsed()).as("the credit went back").isEqualByComparingTo("0");
    }

    @Test
    void anOrderNotAcceptedInTimeIsReroutedByTheTimer() {
        PurchaseOrder order =
                place(Payment.CASH_ON_DELIVERY, line(colaCode, 2)).orders().get(0);
        deadlines.expireOverdue();
        assertThat(as(tenants.storeOwner(), () -> orders.myOrder(order.getId()))
                        .getDistributor()
                        .getName()
                        .english())
                .as("before its deadline the order stays")
                .isEqualTo(tenants.distributorName());
        clock.advance(
                java.time.Duration.between(clock.instant(), order.getAcceptBy()).plusMinutes(1));

        assertThat(deadlines.expireOverdue())
                .as("moved by this call: no schedule runs in the tests")
                .isPositive();

        PurchaseOrder moved = as(tenants.storeOwner(), () -> orders.myOrder(order.getId()));
        assertThat(moved.getDistributor().getId()).isEqualTo(backup.id());
        assertThat(outcomes(moved))
                .containsExactly(RoutingOutcome.FIRST_CHOICE, RoutingOutcome.TIMED_OUT, RoutingOutcome.REROUTED);
        assertThat(moved.getEvents()).last().extracting(e -> e.getActor()).isEqualTo("system");
        assertThat(reserved(backup.warehouseId(), cola)).isEqualTo(2);
        assertThat(reserved(firstWarehouse, cola)).isZero();
    }

    @Test
    void theBrandsAcceptanceLimitSetsTheDeadline() {
        TestDatabase.execute("UPDATE brand SET order_acceptance_minutes = 15 WHERE id = ?", tenants.brandIdA());

        PurchaseOrder order =
                place(Payment.CASH_ON_DELIVERY, line(colaCode, 2)).orders().get(0);

        assertThat(java.time.Duration.between(order.getPlacedAt(), order.getAcceptBy()))
                .isEqualTo(java.time.Duration.ofMinutes(15));
    }

    @Test
    void theSameKeyPlacesOnceEvenWhenSubmittedTogether() throws Exception {
        String key = UUID.randomUUID().toString();
        Placement first = as(
                tenants.storeOwner(),
                () -> placement.place(OrderRequest.ofLines(
                        tenants.brandIdA(), List.of(line(colaCode, 2)), Payment.CASH_ON_DELIVERY, key)));
        Placement again = as(
                tenants.storeOwner(),
                () -> placement.place(OrderRequest.ofLines(
                        tenants.brandIdA(), List.of(line(colaCode, 2)), Payment.CASH_ON_DELIVERY, key)));
        assertThat(again.repeated()).isTrue();
        assertThat(again.reference()).isEqualTo(first.reference());

        String racedKey = UUID.randomUUID().toString();
        List<Placement> raced = Race.kept(
                executor,
                8,
                i -> as(
                        tenants.storeOwner(),
                        () -> placement.place(OrderRequest.ofLines(
                                tenants.brandIdA(), List.of(line(colaCode, 2)), Payment.CASH_ON_DELIVERY, racedKey))));

        assertThat(raced)
                .hasSize(8)
                .extracting(Placement::reference)
                .containsOnly(raced.get(0).reference());
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM checkout WHERE store_id = ?", tenants.storeId()))
                .isEqualTo(2);
        assertThat(reserved(firstWarehouse, cola)).isEqualTo(4);
    }

    @Test
    void concurrentCreditOrdersCannotPassTheLimitTogether() throws Exception {
        TestDatabase.execute("UPDATE store_brand SET credit_limit = 200 WHERE store_id = ?", tenants.storeId());

        List<Placement> placed = Race.kept(
                executor,
                10,
                i -> as(
                        tenants.storeOwner(),
                        () -> placement.place(OrderRequest.ofLines(
                                tenants.brandIdA(),
                                List.of(line(colaCode, 2)),
                                Payment.CREDIT,
                                "credit-" + i + "-" + UUID.randomUUID()))),
                "order.creditLimit",
                "order.busy");

        assertThat(placed).as("100.00 each against a limit of 200.00").hasSize(2);
        assertThat(creditUsed()).isEqualByComparingTo("200.00");
        assertRefused(() -> place(Payment.CREDIT, line(colaCode, 2)), "order.creditLimit");
        assertThat(reserved(firstWarehouse, cola)).isEqualTo(4);
    }

    @Test
    void concurrentOrdersForTheLastCasesNeverOversell() throws Exception {
        TestDatabase.stock(firstWarehouse, cola, 10);
        TestDatabase.stock(backup.warehouseId(), cola, 6);

        List<Placement> placed = Race.kept(
                executor,
                30,
                i -> as(
                        tenants.storeOwner(),
                        () -> placement.place(OrderRequest.ofLines(
                                tenants.brandIdA(),
                                List.of(line(colaCode, 2)),
                                Payment.CASH_ON_DELIVERY,
                                "last-" + i + "-" + UUID.randomUUID()))),
                "order.cannotFill",
                "stock.insufficient",
                "order.busy");

        assertThat(placed).as("16 cases in two warehouses, 2 per order").hasSize(8);
        assertThat(reserved(firstWarehouse, cola)).isEqualTo(10);
        assertThat(reserved(backup.warehouseId(), cola)).isEqualTo(6);
        assertThat(TestDatabase.count(
                        "SELECT COALESCE(SUM(l.cases), 0) FROM order_line l JOIN purchase_order o ON o.id = l.order_id "
                                + "WHERE o.store_id = ? AND l.sku_id = ?",
                        tenants.storeId(),
                        cola))
                .isEqualTo(16);
    }

    @Test
    void cancellingReleasesAndShippingConsumesAndDeliveryRecordsShortLines() {
        PurchaseOrder cancelled =
                place(Payment.CREDIT, line(colaCode, 2)).orders().get(0);
        as(tenants.storeOwner(), () -> orders.cancel(cancelled.getId()));
        assertThat(reserved(firstWarehouse, cola)).isZero();
        assertThat(creditUsed()).isEqualByComparingTo("0");
        assertRefused(() -> as(tenants.storeOwner(), () -> orders.cancel(cancelled.getId())), "order.wrongStatus");

        PurchaseOrder order = place(Payment.CREDIT, line(colaCode, 4), line(teaCode, 2))
                .orders()
                .get(0);
        assertThat(creditUsed()).isEqualByComparingTo("273.00");
        as(tenants.distributor(), () -> fulfilment.accept(order.getId()));
        assertRefused(() -> as(tenants.storeOwner(), () -> orders.cancel(order.getId())), "order.wrongStatus");
        PurchaseOrder other =
                place(Payment.CASH_ON_DELIVERY, line(teaCode, 2)).orders().get(0);
        as(tenants.distributor(), () -> fulfilment.accept(other.getId()));
        assertThat(as(TestDatabase.twoBrands().distributor(), () -> fulfilment.startPicking(List.of(order.getId()))))
                .as("another distributor's order is passed over")
                .isZero();
        assertThat(as(tenants.distributor(), () -> fulfilment.startPicking(List.of(order.getId(), Long.MAX_VALUE))))
                .as("only the chosen one")
                .isEqualTo(1);
        assertThat(as(tenants.distributor(), () -> fulfilment.orders(OrderStatus.ACCEPTED)))
                .extracting(PurchaseOrder::getId)
                .containsExactly(other.getId());
        assertThat(as(tenants.distributor(), () -> fulfilment.startPicking(List.of(order.getId()))))
                .as("already picking")
                .isZero();
        var pickList = as(tenants.distributor(), () -> fulfilment.pickList());
        assertThat(pickList.districts()).singleElement().satisfies(group -> {
            assertThat(group.district().getCode()).isEqualTo(tenants.districtCode());
            assertThat(group.orders()).extracting(PurchaseOrder::getId).contains(order.getId());
        });
        as(tenants.distributor(), () -> fulfilment.ship(order.getId()));
        assertThat(reserved(firstWarehouse, cola)).isZero();
        assertThat(TestDatabase.count(
                        "SELECT on_hand FROM stock WHERE warehouse_id = ? AND sku_id = ?", firstWarehouse, cola))
                .isEqualTo(96);

        PurchaseOrder shipped = as(tenants.distributor(), () -> fulfilment.order(order.getId()));
        OrderLine colaLine = shipped.getLines().get(0);
        OrderLine teaLine = shipped.getLines().get(1);
        assertRefused(
                () -> as(
                        tenants.distributor(),
                        () -> fulfilment.recordDelivery(
                                order.getId(),
                                Map.of(colaLine.getId(), new int[] {5, 0}, teaLine.getId(), new int[] {2, 0}))),
                "order.deliveryInvalid");
        as(
                tenants.distributor(),
                () -> fulfilment.recordDelivery(
                        order.getId(), Map.of(colaLine.getId(), new int[] {4, 1}, teaLine.getId(), new int[] {1, 0})));

        PurchaseOrder delivered = as(tenants.storeOwner(), () -> orders.myOrder(order.getId()));
        assertThat(delivered.getStatus()).isEqualTo(OrderStatus.PARTIALLY_DELIVERED);
        assertThat(delivered.getEvents())
                .extracting(e -> e.getStatus())
                .containsExactly(
                        OrderStatus.PLACED,
                        OrderStatus.ACCEPTED,
                        OrderStatus.PICKING,
                        OrderStatus.SHIPPED,
                        OrderStatus.PARTIALLY_DELIVERED);
        assertThat(creditUsed()).as("3 good cola at 50 and 1 tea at 36.50").isEqualByComparingTo("186.50");
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM audit_event WHERE subject_type = 'CREDIT' AND store_id = ?",
                        tenants.storeId()))
                .as("taken, returned, taken, returned in part")
                .isEqualTo(4);
    }

    @Test
    void shopsAndDistributorsOnlyReachTheirOwnOrders() {
        PurchaseOrder order =
                place(Payment.CASH_ON_DELIVERY, line(colaCode, 2)).orders().get(0);
        Tenants other = TestDatabase.twoBrands();

        assertThatThrownBy(() -> as(other.storeOwner(), () -> orders.myOrder(order.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(other.storeOwner(), () -> orders.cancel(order.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(other.storeOwner(), () -> orders.myOrders())).isEmpty();
        assertThatThrownBy(() -> as(other.distributor(), () -> fulfilment.accept(order.getId())))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> as(backup.username(), () -> fulfilment.reject(order.getId(), "mine now?")))
                .isInstanceOf(NotFoundException.class);
        assertThat(as(other.distributor(), () -> fulfilment.counts()).get(OrderStatus.PLACED))
                .isZero();
        assertThat(as(tenants.storeOwner(), () -> orders.myOrder(order.getId())).getStatus())
                .isEqualTo(OrderStatus.PLACED);
    }

    @Test
    void badLinesAreRefusedAndStoreNothing() {
        assertRefused(() -> place(Payment.CASH_ON_DELIVERY, line(colaCode, 0)), "order.casesPositive");
        assertRefused(() -> place(Payment.CASH_ON_DELIVERY, line(colaCode, -2)), "order.casesPositive");
        assertRefused(() -> place(Payment.CASH_ON_DELIVERY, line(colaCode, Integer.MAX_VALUE)), "order.tooManyCases");
        assertRefused(() -> place(Payment.CASH_ON_DELIVERY, line("NO-SUCH", 2)), "order.unknownSku");
        String otherBrandsCode = TestDatabase.text("SELECT code FROM sku WHERE id = ?", tenants.skuOfB());
        assertRefused(() -> place(Payment.CASH_ON_DELIVERY, line(otherBrandsCode, 1)), "order.unknownSku");
        assertRefused(
                () -> as(
                        tenants.storeOwner(),
                        () -> placement.place(OrderRequest.ofLines(
                                tenants.brandIdA(),
                                List.of(),
                                Payment.CASH_ON_DELIVERY,
                                UUID.randomUUID().toString()))),
                "order.empty");
        assertRefused(
                () -> as(
                        tenants.storeOwner(),
                        () -> placement.place(OrderRequest.ofLines(
                                tenants.brandIdB(),
                                List.of(line(otherBrandsCode, 1)),
                                Payment.CASH_ON_DELIVERY,
                                UUID.randomUUID().toString()))),
                "order.notVerified");
        TestDatabase.execute(
                "UPDATE store_brand SET credit_terms = 'PAY_NOW', credit_limit = NULL WHERE store_id = ?",
                tenants.storeId());
        assertRefused(() -> place(Payment.CREDIT, line(colaCode, 2)), "order.noCredit");

        assertThat(TestDatabase.count("SELECT COUNT(*) FROM checkout WHERE store_id = ?", tenants.storeId()))
                .isZero();
        assertThat(reserved(firstWarehouse, cola)).isZero();
    }

    private Placement place(Payment payment, OrderLineRequest... lines) {
        return as(
                tenants.storeOwner(),
                () -> placement.place(OrderRequest.ofLines(
                        tenants.brandIdA(),
                        List.of(lines),
                        payment,
                        UUID.randomUUID().toString())));
    }

    private static OrderLineRequest line(String code, int cases) {
        return new OrderLineRequest(code, cases);
    }

    private static List<RoutingOutcome> outcomes(PurchaseOrder order) {
        return order.getDecisions().stream().map(d -> d.getOutcome()).toList();
    }

    private static long reserved(long warehouse, long sku) {
        return TestDatabase.count(
                "SELECT COALESCE(MAX(reserved), 0) FROM stock WHERE warehouse_id = ? AND sku_id = ?", warehouse, sku);
    }

    private BigDecimal creditUsed() {
        return new BigDecimal(TestDatabase.text(
                "SELECT credit_used FROM store_brand WHERE store_id = ? AND brand_id = ?",
                tenants.storeId(),
                tenants.brandIdA()));
    }
}
