package org.shelfline.ordering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shelfline.catalog.Sku;
import org.shelfline.catalog.TestSkus;
import org.shelfline.shared.BusinessException;

/** Whole cases, at least the minimum, then in the SKU's increments, under a ceiling for typing slips. */
class OrderRulesTest {

    /** Minimum 3, increment 2: 3, 5, 7... */
    private final Sku cola = TestSkus.published(1, "COLA", 3, 2, "48.00");

    @ParameterizedTest
    @CsvSource({"3", "5", "7", "9997"})
    void theMinimumAndEachIncrementAboveItAreOrderable(int cases) {
        assertThatCode(() -> OrderRules.check(cola, cases)).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @CsvSource({
        "0, order.casesPositive",
        "-4, order.casesPositive",
        "1, order.belowMinimum",
        "2, order.belowMinimum",
        "4, order.notIncrement",
        "6, order.notIncrement",
        "10000, order.tooManyCases",
        "2147483647, order.tooManyCases"
    })
    void otherQuantitiesAreRefusedWithTheirReason(int cases, String reason) {
        assertThatThrownBy(() -> OrderRules.check(cola, cases))
                .isInstanceOfSatisfying(BusinessException.class, refusal -> {
                    assertThat(refusal.messageKey()).isEqualTo(reason);
                    assertThat(refusal.arguments()[0]).as("names the SKU").isEqualTo("COLA");
                });
    }

    @Test
    void theRefusalNamesTheMinimumAndTheIncrement() {
        assertThatThrownBy(() -> OrderRules.check(cola, 4))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        refusal -> assertThat(refusal.arguments()).containsExactly("COLA", 3, 2));
    }

    @Test
    void onlyAPublishedSkuIsOrderable() {
        assertThatThrownBy(() -> OrderRules.check(TestSkus.draft(2, "NEW", 1, 1, "10.00"), 1))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("order.skuUnavailable"));
        assertThatThrownBy(() -> OrderRules.check(TestSkus.withdrawn(3, "OLD"), 1))
                .isInstanceOfSatisfying(
                        BusinessException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("order.skuUnavailable"));
    }
}
