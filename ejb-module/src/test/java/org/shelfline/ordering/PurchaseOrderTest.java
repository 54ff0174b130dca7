package org.shelfline.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shelfline.brand.Brand;
import org.shelfline.catalog.TestSkus;
import org.shelfline.pricing.Quote;
import org.shelfline.shared.BilingualName;
import org.shelfline.shared.BusinessException;
import org.shelfline.shared.TestIds;
import org.shelfline.store.TestStores;

/** An order's life: placed, accepted, picked, shipped, delivered (short or damaged), or cancelled while placed. */
class PurchaseOrderTest {

    private static final Instant PLACED = Instant.parse("2026-12-01T02:00:00Z");

    private final PurchaseOrder order = twoLineOrder();

    @Test
    void aNewOrderIsPlacedWithItsTotalAndOneHistoryEntry() {
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PLACED);
        assertThat(order.getTotal()).isEqualByComparingTo("216.00");
        assertThat(order.getPayable())
                .as("the ordered total until a delivery is recorded")
                .isEqualByComparingTo("216.00");
        assertThat(order.getEvents()).extracting(OrderEvent::getStatus).containsExactly(OrderStatus.PLACED);
        assertThat(order.casesBySku()).containsOnly(Map.entry(1L, 3), Map.entry(2L, 2));
    }

    @Test
    void itMovesForwardOneStepAtATimeAndRecordsWhoMovedIt() {
        order.accept("dist-east", PLACED.plusSeconds(60));
        order.startPicking("dist-east", PLACED.plusSeconds(120));
        order.ship("dist-east", PLACED.plusSeconds(180));

        assertThat(order.getStatus()).isEqualTo(OrderStatus.SHIPPED);
        assertThat(order.getAcceptBy()).as("no deadline once accepted").isNull();
        assertThat(order.getEvents())
                .extracting(OrderEvent::getStatus)
                .containsExactly(OrderStatus.PLACED, OrderStatus.ACCEPTED, OrderStatus.PICKING, OrderStatus.SHIPPED);
        assertThat(order.getEvents()).last().extracting(OrderEvent::getActor).isEqualTo("dist-east");
        assertThat(order.getUpdatedAt()).isEqualTo(PLACED.plusSeconds(180));
    }

    @Test
    void anAcceptedOrderMayShipWithoutAPickingStep() {
        order.accept("dist-east", PLACED);
        order.ship("dist-east", PLACED);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void aStepOutOfTurnIsRefusedAndChangesNothing() {
        assertThatThrownBy(() -> order.ship("dist-east", PLACED))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("order.wrongStatus"));
        assertThatThrownBy(() -> order.startPicking("dist-east", PLACED)).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> order.recordDelivery(delivered(3, 0, 2, 0), "dist-east", PLACED))
                .isInstanceOf(BusinessException.class);
        order.accept("dist-east", PLACED);
        assertThatThrownBy(() -> order.accept("dist-east", PLACED))
                .as("accepted once")
                .isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> order.cancel("shop", PLACED, "changed my mind"))
                .as("only a placed order is cancelled")
                .isInstanceOf(BusinessException.class);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.ACCEPTED);
        assertThat(order.getEvents()).hasSize(2);
    }

    @Test
    void aCancelledOrderCostsNothing() {
        order.cancel("shop", PLACED, "ordered twice");
        assertThat(order.getStatus()).isEqualTo(OrderStatus.CANCELLED);
        assertThat(order.getPayable()).isEqualByComparingTo("0");
        assertThat(order.getEvents()).last().extracting(OrderEvent::getNote).isEqualTo("ordered twice");
    }

    @Test
    void aFullDeliveryIsPaidInFull() {
        shipped();
        BigDecimal lowered = order.recordDelivery(delivered(3, 0, 2, 0), "dist-east", PLACED);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(lowered).isEqualByComparingTo("0");
        assertThat(order.getPayable()).isEqualByComparingTo("216.00");
    }

    @Test
    void theShopPaysForWhatArrivedInGoodOrder() {
        shipped();
        // 3 colas at 48.00 of which 1 damaged, 1 of 2 teas at 36.00: 2 x 48 + 1 x 36 = 132.00
        BigDecimal lowered = order.recordDelivery(delivered(3, 1, 1, 0), "dist-east", PLACED);
        assertThat(order.getStatus()).isEqualTo(OrderStatus.PARTIALLY_DELIVERED);
        assertThat(order.getPayable()).isEqualByComparingTo("132.00");
        assertThat(lowered).as("credit given back").isEqualByComparingTo("84.00");
    }

    @Test
    void aLaterReportMayLowerWhatArrivedButNeverRaiseIt() {
        shipped();
        order.recordDelivery(delivered(3, 1, 2, 0), "dist-east", PLACED);
        assertThat(order.recordDelivery(delivered(3, 2, 2, 0), "dist-east", PLACED))
                .isEqualByComparingTo("48.00");
        assertThatThrownBy(() -> order.recordDelivery(delivered(3, 0, 2, 0), "dist-east", PLACED))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("order.deliveryCanOnlyLower"));
        assertThat(order.getPayable()).isEqualByComparingTo("120.00");
    }

    @Test
    void aDeliveryReportMustCoverEveryLineWithSaneNumbers() {
        shipped();
        Map<Long, int[]> oneLine = new HashMap<>(Map.of(101L, new int[] {3, 0}));
        assertThatThrownBy(() -> order.recordDelivery(oneLine, "dist-east", PLACED))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("order.deliveryIncomplete"));
        for (Map<Long, int[]> wrong : java.util.List.of(
                delivered(4, 0, 2, 0), delivered(3, 4, 2, 0), delivered(-1, 0, 2, 0), delivered(3, -1, 2, 0))) {
            assertThatThrownBy(() -> order.recordDelivery(wrong, "dist-east", PLACED))
                    .isInstanceOfSatisfying(
                            BusinessException.class,
                            refusal -> assertThat(refusal.messageKey()).isEqualTo("order.deliveryInvalid"));
        }
        assertThat(order.getStatus()).isEqualTo(OrderStatus.SHIPPED);
    }

    private void shipped() {
        order.accept("dist-east", PLACED);
        order.ship("dist-east", PLACED);
    }

    /** Delivered and damaged cases of the cola line (101) and the tea line (102). */
    private static Map<Long, int[]> delivered(int colas, int damagedColas, int teas, int damagedTeas) {
        return Map.of(101L, new int[] {colas, damagedColas}, 102L, new int[] {teas, damagedTeas});
    }

    private static PurchaseOrder twoLineOrder() {
        Brand brand = new Brand("FIZZ", new BilingualName("Fizz", "菲兹"), PLACED);
        Checkout checkout = TestIds.assign(
                new Checkout(7, 1, null, "key-1", Payment.CREDIT, new BigDecimal("216.00"), PLACED, "shop"), 9);
        PurchaseOrder order = new PurchaseOrder(
                "SL00000009-1", checkout, brand, TestStores.in(7, null, "Corner Shop"), PLACED, "shop");
        order.addLine(
                TestSkus.published(1, "COLA", 3, 1, "48.00"),
                new Quote(1, 3, new BigDecimal("48.00"), new BigDecimal("144.00"), "list"));
        order.addLine(
                TestSkus.published(2, "TEA", 1, 1, "36.00"),
                new Quote(2, 2, new BigDecimal("36.00"), new BigDecimal("72.00"), "list"));
        TestIds.assign(order.getLines().get(0), 101);
        TestIds.assign(order.getLines().get(1), 102);
        return order;
    }
}
