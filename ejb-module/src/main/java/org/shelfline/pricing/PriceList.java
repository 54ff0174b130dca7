package org.shelfline.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/** Prices that override SKUs' base tiers for a store tier and/or region, optionally for a period. */
@Entity
@Table(name = "price_list")
public class PriceList {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id", nullable = false)
    private Long brandId;

    @Column(nullable = false, length = 120)
    private String name;

    @Column(name = "store_tier", length = 16)
    private String storeTier;

    @Column(name = "region_code", length = 32)
    private String regionCode;

    @Column(name = "valid_from")
    private Instant validFrom;

    @Column(name = "valid_until")
    private Instant validUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected PriceList() {}

    PriceList(long brandId, PriceListDraft draft, Instant createdAt) {
        this.brandId = brandId;
        this.name = draft.getName().strip();
        this.storeTier = draft.getTier() == null ? null : draft.getTier().name();
        this.regionCode = draft.getRegionCode() == null || draft.getRegionCode().isBlank()
                ? null
                : draft.getRegionCode().strip().toUpperCase(java.util.Locale.ROOT);
        this.validFrom = draft.getValidFrom();
        this.validUntil = draft.getValidUntil();
        this.createdAt = createdAt;
    }

    /** A one-line summary for the audit trail. */
    String describe() {
        return "name=" + name + ", tier=" + storeTier + ", region=" + regionCode + ", from=" + validFrom + ", until="
                + validUntil;
    }

    public Long getId() {
        return id;
    }

    public Long getBrandId() {
        return brandId;
    }

    public String getName() {
        return name;
    }

    public String getStoreTier() {
        return storeTier;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }
}
