package org.shelfline.catalog;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import java.math.BigDecimal;

/** One editable price break row; a row with neither value is ignored. */
public class TierDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @Min(value = 1, message = "{sku.tier.minCases}")
    @Max(value = SkuDraft.MAX_CASES, message = "{sku.tier.minCases}")
    private Integer minCases;

    @DecimalMin(value = "0.00", message = "{sku.tier.price}")
    @DecimalMax(value = "1000000.00", message = "{sku.tier.price}")
    @Digits(integer = 7, fraction = 2, message = "{sku.tier.price}")
    private BigDecimal casePrice;

    public TierDraft() {}

    public TierDraft(Integer minCases, BigDecimal casePrice) {
        this.minCases = minCases;
        this.casePrice = casePrice;
    }

    boolean isBlank() {
        return minCases == null && casePrice == null;
    }

    public Integer getMinCases() {
        return minCases;
    }

    public void setMinCases(Integer minCases) {
        this.minCases = minCases;
    }

    public BigDecimal getCasePrice() {
        return casePrice;
    }

    public void setCasePrice(BigDecimal casePrice) {
        this.casePrice = casePrice;
    }
}
