package org.shelfline.credit;

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
import java.time.LocalDate;

/** Money a store paid a brand, as the brand recorded it. Immutable. */
@Entity
@Table(name = "payment")
public class Payment {

    public static final int REFERENCE_MAX = 64;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "store_id", nullable = false, updatable = false)
    private long storeId;

    @Column(name = "brand_id", nullable = false, updatable = false)
    private long brandId;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "paid_on", nullable = false, updatable = false)
    private LocalDate paidOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private PaymentMethod method;

    @Column(length = REFERENCE_MAX, updatable = false)
    private String reference;

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    protected Payment() {}

    Payment(
            long storeId,
            long brandId,
            BigDecimal amount,
            LocalDate paidOn,
            PaymentMethod method,
            String reference,
            Instant recordedAt,
            String recordedBy) {
        this.storeId = storeId;
        this.brandId = brandId;
        this.amount = amount;
        this.paidOn = paidOn;
        this.method = method;
        this.reference = reference;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public Long getId() {
        return id;
    }

    public long getStoreId() {
        return storeId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getPaidOn() {
        return paidOn;
    }

    public PaymentMethod getMethod() {
        return method;
    }

    public String getReference() {
        return reference;
    }
}
