package org.shelfline.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One submission of a shop's order for a brand. Its idempotency key is unique per store: submitting the
 * same key again finds this checkout instead of placing again. Becomes one order per distributor.
 */
@Entity
@Table(name = "checkout")
public class Checkout {

    public static final int KEY_MAX = 64;

    /**
     * Keys a client may send: letters, digits and {@code . _ : -} (a UUID, say). ASCII only, because the key column
     * compares as its collation does ("Ｋey", "kéy" and "KEY" are one key there); and never the prefix the checkouts
     * of fair claims use, so that no client key can stand for a claim's checkout.
     */
    private static final java.util.regex.Pattern CLIENT_KEY =
            java.util.regex.Pattern.compile("[A-Za-z0-9._:-]{1," + KEY_MAX + "}");

    /** The prefix of the keys of checkouts placed from fair claims (the fair package's FairClaim#checkoutKey). */
    public static final String CLAIM_KEY_PREFIX = "fair-claim-";

    public static boolean isClientKey(String key) {
        return key != null
                && CLIENT_KEY.matcher(key).matches()
                && !key.toLowerCase(java.util.Locale.ROOT).startsWith(CLAIM_KEY_PREFIX);
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "store_id", nullable = false)
    private long storeId;

    @Column(name = "brand_id", nullable = false)
    private long brandId;

    /** The fair the checkout was placed in, or null for a normal order. */
    @Column(name = "fair_id")
    private Long fairId;

    @Column(name = "idempotency_key", nullable = false, length = KEY_MAX)
    private String idempotencyKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Payment payment;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal total;

    @Column(name = "placed_at", nullable = false)
    private Instant placedAt;

    @Column(name = "placed_by", nullable = false, length = 64)
    private String placedBy;

    protected Checkout() {}

    Checkout(
            long storeId,
            long brandId,
            Long fairId,
            String idempotencyKey,
            Payment payment,
            BigDecimal total,
            Instant placedAt,
            String placedBy) {
        this.storeId = storeId;
        this.fairId = fairId;
        this.brandId = brandId;
        this.idempotencyKey = idempotencyKey;
        this.payment = payment;
        this.total = total;
        this.placedAt = placedAt;
        this.placedBy = placedBy;
    }

    /** The shop-facing number of the checkout; its orders add "-1", "-2"... */
    public String reference() {
        return "SL" + String.format("%08d", id);
    }

    public Long getId() {
        return id;
    }

    public long getStoreId() {
        return storeId;
    }

    public long getBrandId() {
        return brandId;
    }

    public Long getFairId() {
        return fairId;
    }

    public Payment getPayment() {
        return payment;
    }

    public BigDecimal getTotal() {
        return total;
    }

    public Instant getPlacedAt() {
        return placedAt;
    }
}
