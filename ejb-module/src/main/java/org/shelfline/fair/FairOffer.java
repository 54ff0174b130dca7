package org.shelfline.fair;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.shelfline.catalog.Sku;

/**
 * A SKU on offer at a fair: its fair price (and early-bird price), the total allocation and the cap per
 * shop. {@code sold} is changed only by the conditional updates of {@link FairOrdering}.
 */
@Entity
@Table(name = "fair_offer")
public class FairOffer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "fair_id")
    private Fair fair;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    @Column(name = "fair_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal fairPrice;

    @Column(name = "early_bird_price", precision = 12, scale = 2)
    private BigDecimal earlyBirdPrice;

    @Column(nullable = false)
    private int allocation;

    @Column(nullable = false, insertable = false, updatable = false)
    private int sold;

    @Column(name = "store_cap", nullable = false)
    private int storeCap;

    protected FairOffer() {}

    FairOffer(Fair fair, Sku sku, BigDecimal fairPrice, BigDecimal earlyBirdPrice, int allocation, int storeCap) {
        this.fair = fair;
        this.sku = sku;
        this.fairPrice = fairPrice;
        this.earlyBirdPrice = earlyBirdPrice;
        this.allocation = allocation;
        this.storeCap = storeCap;
    }

    void reprice(BigDecimal fairPrice, BigDecimal earlyBirdPrice) {
        this.fairPrice = fairPrice;
        this.earlyBirdPrice = earlyBirdPrice;
    }

    void setAllocation(int allocation) {
        this.allocation = allocation;
    }

    void setStoreCap(int storeCap) {
        this.storeCap = storeCap;
    }

    public Long getId() {
        return id;
    }

    public Fair getFair() {
        return fair;
    }

    public Sku getSku() {
        return sku;
    }

    public BigDecimal getFairPrice() {
        return fairPrice;
    }

    public BigDecimal getEarlyBirdPrice() {
        return earlyBirdPrice;
    }

    public int getAllocation() {
        return allocation;
    }

    public int getSold() {
        return sold;
    }

    public int getRemaining() {
        return allocation - sold;
    }

    public int getStoreCap() {
        return storeCap;
    }
}
