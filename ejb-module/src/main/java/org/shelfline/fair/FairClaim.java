package org.shelfline.fair;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.shelfline.ordering.Checkout;
import org.shelfline.ordering.Payment;
import org.shelfline.pricing.Quote;

/**
 * A shop's share of a fair, taken from the allocation (within its caps) when it ordered, at the prices of
 * that moment. The order is placed from it afterwards through the normal flow; a claim that cannot be
 * placed is refused and gives its share back. Status moves once, from WAITING: to PLACED under the
 * claim's row lock with its order ({@link FairClaiming#placeClaim}), to REFUSED by a conditional update
 * ({@link FairClaims#refuse}), which waits for that lock; so no version is needed.
 */
@Entity
@Table(name = "fair_claim")
public class FairClaim {

    public enum Status {
        WAITING,
        PLACED,
        REFUSED
    }

    /** Separates a refusal's message arguments in {@code refusal_args}. */
    static final String ARGUMENT_SEPARATOR = "\u001f";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "fair_id", nullable = false)
    private long fairId;

    @Column(name = "store_id", nullable = false)
    private long storeId;

    @Column(name = "idempotency_key", nullable = false, length = Checkout.KEY_MAX)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Payment payment;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    @Column(name = "claimed_at", nullable = false)
    private Instant claimedAt;

    @Column(name = "claimed_by", nullable = false, length = 64)
    private String claimedBy;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "checkout_id")
    private Long checkoutId;

    @Column(name = "refusal_code", length = 64)
    private String refusalCode;

    @Column(name = "refusal_args", length = 500)
    private String refusalArgs;

    @Column(name = "settled_at")
    private Instant settledAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "fair_claim_line", joinColumns = @JoinColumn(name = "claim_id"))
    private List<Line> lines = new ArrayList<>();

    /** One SKU of the claim at the price it was claimed at. */
    @Embeddable
    public static class Line {

        @Column(name = "sku_id", nullable = false)
        private long skuId;

        /** The code the shop ordered by, for showing the claim. */
        @Column(name = "sku_code", nullable = false, length = 32)
        private String skuCode;

        @Column(nullable = false)
        private int cases;

        @Column(name = "case_price", nullable = false, precision = 12, scale = 2)
        private BigDecimal casePrice;

        protected Line() {}

        Line(long skuId, String skuCode, int cases, BigDecimal casePrice) {
            this.skuId = skuId;
            this.skuCode = skuCode;
            this.cases = cases;
            this.casePrice = casePrice;
        }

        public long getSkuId() {
            return skuId;
        }

        public String getSkuCode() {
            return skuCode;
        }

        public int getCases() {
            return cases;
        }

        public BigDecimal getCasePrice() {
            return casePrice;
        }
    }

    protected FairClaim() {}

    /** A new claim for these lines; its lines are written apart from it, see {@link #linesOf}. */
    FairClaim(
            long fairId,
            long storeId,
            String idempotencyKey,
            Payment payment,
            List<Line> lines,
            Instant claimedAt,
            String claimedBy) {
        this.fairId = fairId;
        this.storeId = storeId;
        this.idempotencyKey = idempotencyKey;
        this.payment = payment;
        this.claimedAt = claimedAt;
        this.claimedBy = claimedBy;
        this.status = Status.WAITING;
        this.total = lines.stream()
                .map(line -> line.casePrice.multiply(BigDecimal.valueOf(line.cases)))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The lines of a new claim. They are written in one multi-row statement rather than by the persistence
     * context, which sends one insert per line: in a rush that was 20 of a claim's 33 statements.
     */
    static List<Line> linesOf(Collection<Quote> quotes, Map<Long, String> codes) {
        return quotes.stream()
                .map(quote -> new Line(quote.skuId(), codes.get(quote.skuId()), quote.cases(), quote.casePrice()))
                .toList();
    }

    /** Shows the lines written for a claim that is no longer managed (detached), to whoever made it. */
    void showWrittenLines(List<Line> written) {
        lines.addAll(written);
    }

    /** Its order was placed as this checkout (the claim's row is locked by the caller). */
    void placedAs(long checkout, Instant now) {
        this.status = Status.PLACED;
        this.checkoutId = checkout;
        this.settledAt = now;
    }

    /** The idempotency key of the checkout placed from this claim: one checkout per claim, however often it is tried. */
    String checkoutKey() {
        return Checkout.CLAIM_KEY_PREFIX + id;
    }

    /** The claimed lines priced as they were claimed, by SKU id. */
    Map<Long, Quote> quotes(String priceList) {
        Map<Long, Quote> quotes = new HashMap<>();
        lines.forEach(line -> quotes.put(
                line.skuId,
                new Quote(
                        line.skuId,
                        line.cases,
                        line.casePrice,
                        line.casePrice.multiply(BigDecimal.valueOf(line.cases)),
                        priceList)));
        return quotes;
    }

    Map<Long, Integer> casesBySku() {
        return lines.stream().collect(Collectors.toMap(Line::getSkuId, Line::getCases));
    }

    static String joinArguments(Object[] arguments) {
        String joined = Arrays.stream(arguments).map(String::valueOf).collect(Collectors.joining(ARGUMENT_SEPARATOR));
        return joined.length() <= 500 ? joined : joined.substring(0, 500);
    }

    public Long getId() {
        return id;
    }

    public long getFairId() {
        return fairId;
    }

    public long getStoreId() {
        return storeId;
    }

    public Payment getPayment() {
        return payment;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Instant getClaimedAt() {
        return claimedAt;
    }

    /** The shop's user who made the claim: the placement is recorded as theirs. */
    public String getClaimedBy() {
        return claimedBy;
    }

    public Status getStatus() {
        return status;
    }

    public Long getCheckoutId() {
        return checkoutId;
    }

    /** Why the order could not be placed (a message key), when refused. */
    public String getRefusalCode() {
        return refusalCode;
    }

    /** The refusal message's arguments, as text. */
    public Object[] getRefusalArguments() {
        return refusalArgs == null || refusalArgs.isEmpty() ? new Object[0] : refusalArgs.split(ARGUMENT_SEPARATOR, -1);
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public List<Line> getLines() {
        return List.copyOf(lines);
    }
}
