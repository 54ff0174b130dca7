package org.shelfline.pricing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The pricing rule, free of persistence so it can be tested alone:
 * <ol>
 * <li>Of the price lists that target the store (tier, region) and apply at the time, the most specific
 * wins; a tie goes to the one that started latest, then to the newest list.</li>
 * <li>Within the chosen breaks (that list's, or the SKU's base breaks), the break with the largest
 * minimum not above the quantity applies.</li>
 * <li>Money has two decimals; the line total rounds half-up once, at the end.</li>
 * </ol>
 * A line ordered in a trade fair is priced by {@link #atFair} instead: the fair's price is the deal, so no
 * price list or break applies to it.
 */
public final class PriceResolver {

    static final int MONEY_SCALE = 2;

    private static final Comparator<PriceListRule> PRECEDENCE = Comparator.comparingInt(PriceListRule::specificity)
            .thenComparing(rule -> rule.validFrom() == null ? Instant.MIN : rule.validFrom())
            .thenComparingLong(PriceListRule::id);

    private PriceResolver() {}

    /**
     * @return the quote, or empty when nothing prices that quantity (no break starts low enough)
     */
    public static Optional<Quote> quote(
            long skuId,
            int cases,
            List<PriceBreak> baseBreaks,
            List<PriceListRule> lists,
            String storeTier,
            String districtCode,
            Instant at) {
        if (cases < 1) {
            throw new IllegalArgumentException("Quantity must be at least one case");
        }
        Optional<PriceListRule> chosen = lists.stream()
                .filter(rule -> rule.targets(storeTier, districtCode) && rule.appliesAt(at))
                .filter(rule -> breakFor(rule.breaks(), cases).isPresent())
                .max(PRECEDENCE);
        List<PriceBreak> breaks = chosen.map(PriceListRule::breaks).orElse(baseBreaks);
        return breakFor(breaks, cases)
                .map(priceBreak -> new Quote(
                        skuId,
                        cases,
                        priceBreak.casePrice().setScale(MONEY_SCALE, RoundingMode.HALF_UP),
                        priceBreak
                                .casePrice()
                                .multiply(BigDecimal.valueOf(cases))
                                .setScale(MONEY_SCALE, RoundingMode.HALF_UP),
                        chosen.map(PriceListRule::name).orElse(null)));
    }

    /**
     * The price of a line ordered in a trade fair: the offer's early-bird price while the fair's early-bird
     * window is open and the offer has one, its fair price otherwise. Rounds as {@link #quote} does.
     *
     * @param fairTitle where the price came from, shown on the order line as a price list's name is
     */
    public static Quote atFair(
            long skuId,
            int cases,
            BigDecimal fairPrice,
            BigDecimal earlyBirdPrice,
            boolean inEarlyBirdWindow,
            String fairTitle) {
        if (cases < 1) {
            throw new IllegalArgumentException("Quantity must be at least one case");
        }
        BigDecimal casePrice = inEarlyBirdWindow && earlyBirdPrice != null ? earlyBirdPrice : fairPrice;
        return new Quote(
                skuId,
                cases,
                casePrice.setScale(MONEY_SCALE, RoundingMode.HALF_UP),
                casePrice.multiply(BigDecimal.valueOf(cases)).setScale(MONEY_SCALE, RoundingMode.HALF_UP),
                fairTitle);
    }

    private static Optional<PriceBreak> breakFor(List<PriceBreak> breaks, int cases) {
        return breaks.stream()
                .filter(priceBreak -> priceBreak.minCases() <= cases)
                .max(Comparator.comparingInt(PriceBreak::minCases));
    }
}
