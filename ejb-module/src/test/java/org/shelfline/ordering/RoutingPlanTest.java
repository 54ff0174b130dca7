package org.shelfline.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.shelfline.distribution.Distributor;
import org.shelfline.distribution.Warehouse;
import org.shelfline.ordering.DistributorRouting.Allocation;
import org.shelfline.shared.BilingualName;
import org.shelfline.shared.BusinessException;

/** Which warehouse fills an order, decided on what each has free, in the brand's priority order. */
class RoutingPlanTest {

    private static final long COLA = 1;
    private static final long CHIPS = 2;
    private static final long TEA = 3;
    private static final Map<Long, String> CODES = Map.of(COLA, "COLA", CHIPS, "CHIPS", TEA, "TEA");

    private final Distributor east = distributor("EAST");
    private final Distributor west = distributor("WEST");
    private final Warehouse eastMain = new Warehouse(east, "MAIN", "East main", null);
    private final Warehouse eastSpare = new Warehouse(east, "SPARE", "East spare", null);
    private final Warehouse westMain = new Warehouse(west, "MAIN", "West main", null);

    @Test
    void theFirstChoiceFillsAnOrderItHasEverythingFor() {
        List<Allocation> plan = RoutingPlan.decide(
                List.of(eastMain, westMain),
                free(Map.of(eastMain, Map.of(COLA, 10, CHIPS, 5), westMain, Map.of(COLA, 99, CHIPS, 99))),
                order(COLA, 4, CHIPS, 5),
                CODES);

        assertThat(plan).singleElement().satisfies(allocation -> {
            assertThat(allocation.warehouse()).isSameAs(eastMain);
            assertThat(allocation.outcome()).isEqualTo(RoutingOutcome.FIRST_CHOICE);
            assertThat(allocation.casesBySku()).containsExactlyEntriesOf(order(COLA, 4, CHIPS, 5));
            assertThat(allocation.detail())
                    .isEqualTo("EAST/MAIN is the first choice for the district and can fill all 2 line(s)");
        });
    }

    @Test
    void aShortFirstChoiceIsPassedOverAndTheReasonKept() {
        List<Allocation> plan = RoutingPlan.decide(
                List.of(eastMain, westMain),
                free(Map.of(eastMain, Map.of(COLA, 3, CHIPS, 5), westMain, Map.of(COLA, 4, CHIPS, 5))),
                order(COLA, 4, CHIPS, 5),
                CODES);

        assertThat(plan).singleElement().satisfies(allocation -> {
            assertThat(allocation.warehouse()).isSameAs(westMain);
            assertThat(allocation.outcome()).isEqualTo(RoutingOutcome.FALLBACK);
            assertThat(allocation.detail())
                    .isEqualTo("WEST/MAIN can fill all lines; passed over: EAST/MAIN short of COLA");
        });
    }

    @Test
    void anotherWarehouseOfTheFirstDistributorIsStillAFallback() {
        List<Allocation> plan = RoutingPlan.decide(
                List.of(eastMain, eastSpare),
                free(Map.of(eastMain, Map.of(), eastSpare, Map.of(COLA, 4))),
                order(COLA, 4),
                CODES);

        assertThat(plan)
                .singleElement()
                .extracting(Allocation::warehouse, Allocation::outcome)
                .containsExactly(eastSpare, RoutingOutcome.FALLBACK);
    }

    @Test
    void whenNobodyHasEverythingEachLineGoesToTheFirstThatHasIt() {
        List<Allocation> plan = RoutingPlan.decide(
                List.of(eastMain, westMain),
                free(Map.of(eastMain, Map.of(COLA, 4, TEA, 2), westMain, Map.of(COLA, 4, CHIPS, 5))),
                order(COLA, 4, CHIPS, 5, TEA, 2),
                CODES);

        assertThat(plan).extracting(Allocation::warehouse).containsExactly(eastMain, westMain);
        assertThat(plan).extracting(Allocation::outcome).containsOnly(RoutingOutcome.SPLIT);
        assertThat(plan.get(0).casesBySku())
                .as("the colas from the first choice, though both have them")
                .containsExactlyEntriesOf(order(COLA, 4, TEA, 2));
        assertThat(plan.get(1).casesBySku()).containsExactlyEntriesOf(order(CHIPS, 5));
        assertThat(plan.get(0).detail())
                .isEqualTo("no single distributor can fill all lines; EAST/MAIN fills COLA, TEA");
    }

    @Test
    void whatNobodyCanFillIsRefusedByItsCodesInOrder() {
        assertThatThrownBy(() -> RoutingPlan.decide(
                        List.of(eastMain, westMain),
                        free(Map.of(eastMain, Map.of(COLA, 1), westMain, Map.of(COLA, 1))),
                        order(CHIPS, 5, COLA, 4),
                        CODES))
                .isInstanceOfSatisfying(BusinessException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo("order.cannotFill");
                    assertThat(refusal.arguments()).containsExactly("CHIPS, COLA");
                });
    }

    @Test
    void aRerouteTakesOnlyAWarehouseThatFillsTheWholeOrder() {
        Map<Warehouse, Map<Long, Integer>> free =
                free(Map.of(eastMain, Map.of(COLA, 4), westMain, Map.of(COLA, 4, CHIPS, 5)));

        assertThat(RoutingPlan.firstToFillAll(List.of(eastMain, westMain), free, order(COLA, 4, CHIPS, 5)))
                .hasValueSatisfying(allocation -> {
                    assertThat(allocation.warehouse()).isSameAs(westMain);
                    assertThat(allocation.outcome()).isEqualTo(RoutingOutcome.REROUTED);
                });
        assertThat(RoutingPlan.firstToFillAll(List.of(eastMain), free, order(COLA, 4, CHIPS, 5)))
                .as("never split on a re-route")
                .isEmpty();
    }

    private static Distributor distributor(String code) {
        return new Distributor(code, new BilingualName(code, code), Instant.EPOCH);
    }

    /** Mutable copies: a split takes what it gives away. */
    private static Map<Warehouse, Map<Long, Integer>> free(Map<Warehouse, Map<Long, Integer>> free) {
        Map<Warehouse, Map<Long, Integer>> copy = new HashMap<>();
        free.forEach((warehouse, bySku) -> copy.put(warehouse, new HashMap<>(bySku)));
        return copy;
    }

    private static Map<Long, Integer> order(Object... skuAndCases) {
        Map<Long, Integer> order = new LinkedHashMap<>();
        for (int i = 0; i < skuAndCases.length; i += 2) {
            order.put(((Number) skuAndCases[i]).longValue(), (Integer) skuAndCases[i + 1]);
        }
        return order;
    }
}
