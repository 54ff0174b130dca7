package org.shelfline.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** Base price per case from {@code minCases} cases upwards. */
@Entity
@Table(name = "sku_price_tier")
public class PriceTier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    @Column(name = "min_cases", nullable = false)
    private int minCases;

    @Column(name = "case_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal casePrice;

    protected PriceTier() {}

    PriceTier(Sku sku, int minCases, BigDecimal casePrice) {
        this.sku = sku;
        this.minCases = minCases;
        this.casePrice = casePrice;
    }

    void reprice(BigDecimal newPrice) {
        this.casePrice = newPrice;
    }

    public Long getId() {
        return id;
    }

    public int getMinCases() {
        return minCases;
    }

    public BigDecimal getCasePrice() {
        return casePrice;
    }
}
