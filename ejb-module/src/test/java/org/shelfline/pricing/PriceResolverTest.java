package org.shelfline.pricing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PriceResolverTest {

    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    private static final List<PriceBreak> BASE = List.of(
            new PriceBreak(1, new BigDecimal("40.00")),
            new PriceBreak(10, new BigDecimal("38.00")),
            new PriceBreak(50, new BigDecimal("36.00")));

    @Test
    void theLargestBreakNotAboveTheQuantityApplies() {
        assertThat(price(1, List.of(), "STANDARD", "GD-SZ-NS")).isEqualByComparingTo("40.00");
        assertThat(price(9, List.of(), "STANDARD", "GD-SZ-NS")).isEqualByComparingTo("40.00");
        assertThat(price(10, List.of(), "STANDARD", "GD-SZ-NS")).isEqualByComparingTo("38.00");
        assertThat(price(49, List.of(), "STANDARD", "GD-SZ-NS")).isEqualByComparingTo("38.00");
        assertThat(price(500, List.of(), "STANDARD", "GD-SZ-NS")).isEqualByComparingTo("36.00");
    }

    @Test
    void theLineTotalIsCasePriceTimesCases() {
        Quote quote = quote(12, List.of(), "STANDARD", "GD-SZ-NS").orElseThrow();

        assertThat(quote.lineTotal()).isEqualByComparingTo("456.00");
        assertThat(quote.lineTotal().scale()).isEqualTo(2);
        assertThat(quote.priceList()).isNull();
    }

    @Test
    void aPriceListForTheStoresTierOverridesTheBasePrice() {
        PriceListRule gold = list(1, "Gold", "GOLD", null, null, null, "35.00");

        assertThat(price(1, List.of(gold), "GOLD", "GD-SZ-NS")).isEqualByComparingTo("35.00");
        assertThat(price(1, List.of(gold), "STANDARD", "GD-SZ-NS")).isEqualByComparingTo("40.00");
        assertThat(quote(1, List.of(gold), "GOLD", "GD-SZ-NS").orElseThrow().priceList())
                .isEqualTo("Gold");
    }

    @Test
    void aRegionMatchesItsDistrictsByCodePrefix() {
        PriceListRule shenzhen = list(1, "Shenzhen", null, "GD-SZ", null, null, "39.00");

        assertThat(price(1, List.of(shenzhen), "STANDARD", "GD-SZ-NS")).isEqualByComparingTo("39.00");
        assertThat(price(1, List.of(shenzhen), "STANDARD", "GD-SZ")).isEqualByComparingTo("39.00");
        assertThat(price(1, List.of(shenzhen), "STANDARD", "GD-GZ-TH")).isEqualByComparingTo("40.00");
        // "GD-SZX" is another city, not a district of GD-SZ.
        assertThat(price(1, List.of(shenzhen), "STANDARD", "GD-SZX-01")).isEqualByComparingTo("40.00");
    }

    @Test
    void theMostSpecificListWins() {
        PriceListRule everyone = list(1, "Everyone", null, null, null, null, "39.50");
        PriceListRule gold = list(2, "Gold", "GOLD", null, null, null, "35.00");
        PriceListRule shenzhen = list(3, "Shenzhen", null, "GD-SZ", null, null, "37.00");
        PriceListRule goldShenzhen = list(4, "Gold Shenzhen", "GOLD", "GD-SZ", null, null, "33.00");
        List<PriceListRule> all = List.of(goldShenzhen, gold, everyone, shenzhen);

        assertThat(price(1, all, "GOLD", "GD-SZ-FT")).isEqualByComparingTo("33.00");
        assertThat(price(1, all, "STANDARD", "GD-SZ-FT")).isEqualByComparingTo("37.00");
        assertThat(price(1, all, "GOLD", "GD-GZ-TH")).isEqualByComparingTo("35.00");
        assertThat(price(1, all, "STANDARD", "GD-GZ-TH")).isEqualByComparingTo("39.50");
    }

    @Test
    void aScheduledListAppliesFromItsStartUntilJustBeforeItsEnd() {
        Instant start = Instant.parse("2026-06-01T00:00:00Z");
        Instant end = Instant.parse("2026-06-08T00:00:00Z");
        PriceListRule promotion = list(1, "June week", null, null, start, end, "30.00");

        assertThat(priceAt(start.minusNanos(1000), promotion)).isEqualByComparingTo("40.00");
        assertThat(priceAt(start, promotion)).isEqualByComparingTo("30.00");
        assertThat(priceAt(end.minusNanos(1000), promotion)).isEqualByComparingTo("30.00");
        assertThat(priceAt(end, promotion)).isEqualByComparingTo("40.00");
    }

    @Test
    void amongEquallySpecificListsTheLaterStartWins() {
        PriceListRule standing = list(1, "Standing", null, null, Instant.parse("2026-01-01T00:00:00Z"), null, "39.00");
        PriceListRule flash = list(2, "Flash", null, null, Instant.parse("2026-05-31T00:00:00Z"), null, "31.00");

        assertThat(price(1, List.of(standing, flash), "STANDARD", "GD-SZ-NS")).isEqualByComparingTo("31.00");
    }

    @Test
    void aListWithoutABreakForTheQuantityFallsBackToTheBase() {
        PriceListRule bulkOnly = new PriceListRule(
                1, "Bulk", null, null, null, null, List.of(new PriceBreak(100, new BigDecimal("30.00"))));

        assertThat(price(20, List.of(bulkOnly), "STANDARD", "GD-SZ-NS")).isEqualByComparingTo("38.00");
        assertThat(price(100, List.of(bulkOnly), "STANDARD", "GD-SZ-NS")).isEqualByComparingTo("30.00");
    }

    @Test
    void roundsHalfUpToCentsOnceForTheLine() {
        List<PriceBreak> oddPrice = List.of(new PriceBreak(1, new BigDecimal("0.335")));

        Quote quote = PriceResolver.quote(7, 3, oddPrice, List.of(), "STANDARD", "GD", NOW)
                .orElseThrow();

        assertThat(quote.casePrice()).isEqualByComparingTo("0.34");
        assertThat(quote.lineTotal()).isEqualByComparingTo("1.01");
    }

    @Test
    void nothingPricesAQuantityBelowTheFirstBreak() {
        List<PriceBreak> fromFive = List.of(new PriceBreak(5, new BigDecimal("10.00")));

        assertThat(PriceResolver.quote(7, 4, fromFive, List.of(), "STANDARD", "GD", NOW))
                .isEmpty();
    }

    @Test
    void refusesNonPositiveQuantitiesAndNegativePrices() {
        assertThatThrownBy(() -> quote(0, List.of(), "STANDARD", "GD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> quote(-3, List.of(), "STANDARD", "GD")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriceBreak(1, new BigDecimal("-0.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new PriceBreak(0, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aFairLineTakesTheEarlyBirdPriceOnlyInsideTheWindowAndWhenTheOfferHasOne() {
        BigDecimal fair = new BigDecimal("30.00");
        BigDecimal earlyBird = new BigDecimal("27.50");

        assertThat(PriceResolver.atFair(7, 4, fair, earlyBird, true, "Spring fair")
                        .casePrice())
                .isEqualByComparingTo("27.50");
        assertThat(PriceResolver.atFair(7, 4, fair, earlyBird, false, "Spring fair")
                        .casePrice())
                .isEqualByComparingTo("30.00");
        assertThat(PriceResolver.atFair(7, 4, fair, null, true, "Spring fair").casePrice())
                .isEqualByComparingTo("30.00");
    }

    @Test
    void aFairLineIgnoresBreaksAndListsAndNamesTheFair() {
        Quote quote = PriceResolver.atFair(7, 60, new BigDecimal("30.00"), null, false, "Spring fair");

        // 60 cases would take the 36.00 base break; the fair's price is the deal.
        assertThat(quote.lineTotal()).isEqualByComparingTo("1800.00");
        assertThat(quote.lineTotal().scale()).isEqualTo(2);
        assertThat(quote.priceList()).isEqualTo("Spring fair");
        assertThatThrownBy(() -> PriceResolver.atFair(7, 0, BigDecimal.TEN, null, false, "Spring fair"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static PriceListRule list(
            long id, String name, String tier, String region, Instant from, Instant until, String price) {
        return new PriceListRule(
                id, name, tier, region, from, until, List.of(new PriceBreak(1, new BigDecimal(price))));
    }

    private static BigDecimal price(int cases, List<PriceListRule> lists, String tier, String district) {
        return quote(cases, lists, tier, district).orElseThrow().casePrice();
    }

    private static BigDecimal priceAt(Instant at, PriceListRule rule) {
        return PriceResolver.quote(7, 1, BASE, List.of(rule), "STANDARD", "GD-SZ-NS", at)
                .orElseThrow()
                .casePrice();
    }

    private static Optional<Quote> quote(int cases, List<PriceListRule> lists, String tier, String district) {
        return PriceResolver.quote(7, cases, BASE, lists, tier, district, NOW);
    }
}
