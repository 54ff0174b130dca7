package org.shelfline.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shelfline.brand.Brand;

/** One store's application to, and standing with, one brand. */
@Entity
@Table(name = "store_brand")
public class StoreBrandStanding {

    public static final int REJECTION_REASON_MAX = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "store_id")
    private Store store;

    @ManyToOne(optional = false)
    @JoinColumn(name = "brand_id")
    private Brand brand;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private VerificationStatus status;

    @Column(length = 16)
    private String tier;

    @Column(name = "applied_at", nullable = false)
    private Instant appliedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "rejection_reason", length = REJECTION_REASON_MAX)
    private String rejectionReason;

    @Version
    private long version;

    protected StoreBrandStanding() {
    }

    public Long getId() {
        return id;
    }

    public Store getStore() {
        return store;
    }

    public Brand getBrand() {
        return brand;
    }

    public VerificationStatus getStatus() {
        return status;
    }

    public String getTier() {
        return tier;
    }

    public Instant getAppliedAt() {
        return appliedAt;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getRejectionReason() {
        return rejectionReason;
    }
}
