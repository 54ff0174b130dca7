package org.shelfline.credit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.shelfline.credit.Allocations.OpenInvoice;
import org.shelfline.store.CreditTerms;

/** Due dates, payment allocation and ageing buckets: the pure rules of credit billing. */
class BillingRulesTest {

    private static final LocalDate JAN_31 = LocalDate.of(2026, 1, 31);

    @Test
    void dueDatesFollowTheTerms() {
        assertThat(DueDates.due(CreditTerms.NET_15, JAN_31)).isEqualTo(LocalDate.of(2026, 2, 15));
        assertThat(DueDates.due(CreditTerms.NET_30, JAN_31)).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(DueDates.due(CreditTerms.MONTHLY, JAN_31))
                .as("end of the following month")
                .isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(DueDates.due(CreditTerms.MONTHLY, LocalDate.of(2026, 12, 1))).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(DueDates.due(CreditTerms.PAY_NOW, JAN_31)).isEqualTo(JAN_31);
    }

    @Test
    void paymentsSettleTheOldestDueInvoicesFirstAndNeverMoreThanIsOpen() {
        List<OpenInvoice> open = List.of(
                new OpenInvoice(3, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), new BigDecimal("50.00")),
                new OpenInvoice(1, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), new BigDecimal("30.00")),
                new OpenInvoice(2, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 2), new BigDecimal("20.00")),
                new OpenInvoice(4, LocalDate.of(2026, 1, 1), LocalDate.of(2025, 12, 1), BigDecimal.ZERO));

        assertThat(Allocations.oldestFirst(open, new BigDecimal("60.00")))
                .containsExactly(entry(1, "30.00"), entry(2, "20.00"), entry(3, "10.00"));
        assertThat(Allocations.oldestFirst(open, new BigDecimal("500.00")).values().stream()
                        .reduce(BigDecimal.ZERO, BigDecimal::add))
                .as("an over-payment leaves the rest unallocated")
                .isEqualByComparingTo("100.00");
        assertThat(Allocations.oldestFirst(open, new BigDecimal("10.00"))).containsExactly(entry(1, "10.00"));
    }

    @Test
    void ageingBucketsCountDaysPastDue() {
        LocalDate due = LocalDate.of(2026, 1, 1);
        assertThat(AgeingBucket.of(due, due)).isEqualTo(AgeingBucket.CURRENT);
        assertThat(AgeingBucket.of(due, due.plusDays(1))).isEqualTo(AgeingBucket.DAYS_1_30);
        assertThat(AgeingBucket.of(due, due.plusDays(30))).isEqualTo(AgeingBucket.DAYS_1_30);
        assertThat(AgeingBucket.of(due, due.plusDays(31))).isEqualTo(AgeingBucket.DAYS_31_60);
        assertThat(AgeingBucket.of(due, due.plusDays(61))).isEqualTo(AgeingBucket.DAYS_61_90);
        assertThat(AgeingBucket.of(due, due.plusDays(91))).isEqualTo(AgeingBucket.OVER_90);
        assertThat(AgeingBucket.of(due, due.minusDays(10))).isEqualTo(AgeingBucket.CURRENT);
    }

    @Test
    void anAutomaticHoldNamesTheOverdueInvoicesAsFarAsItsReasonHolds() {
        assertThat(CreditHolds.overdueReason(List.of("INV-SL00000001-1", "INV-SL00000002-1")))
                .isEqualTo("overdue invoices: INV-SL00000001-1, INV-SL00000002-1");
        List<String> many = java.util.stream.IntStream.rangeClosed(1, 60)
                .mapToObj(i -> String.format("INV-SL%08d-1", i))
                .toList();
        String reason = CreditHolds.overdueReason(many);
        assertThat(reason)
                .hasSizeLessThanOrEqualTo(org.shelfline.store.StoreBrandStanding.REASON_MAX)
                .startsWith("overdue invoices: INV-SL00000001-1, ")
                .matches(".*INV-SL\\d{8}-1 \\(\\+\\d+\\)");
    }

    private static java.util.Map.Entry<Long, BigDecimal> entry(long id, String amount) {
        return java.util.Map.entry(id, new BigDecimal(amount));
    }
}
