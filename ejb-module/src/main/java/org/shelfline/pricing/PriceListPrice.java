package org.shelfline.pricing;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** One quantity break of one SKU in a price list. */
@Entity
@Table(name = "price_list_price")
public class PriceListPrice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "price_list_id")
    private PriceList priceList;

    @Column(name = "sku_id", nullable = false)
    private Long skuId;

    @Column(name = "min_cases", nullable = false)
    private int minCases;

    @Column(name = "case_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal casePrice;

    protected PriceListPrice() {}

    PriceListPrice(PriceList priceList, long skuId, int minCases, BigDecimal casePrice) {
        this.priceList = priceList;
        this.skuId = skuId;
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

    public PriceList getPriceList() {
        return priceList;
    }

    public Long getSkuId() {
        return skuId;
    }

    PriceBreak toBreak() {
        return new PriceBreak(minCases, casePrice);
    }
}
