package org.shelfline.credit;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.math.BigDecimal;
import org.shelfline.shared.BilingualName;

/**
 * One line of an issued invoice, receipt or credit note, written once when the document is issued: the cases
 * billed (or credited), at the order's case price. The order's lines may change later (a short delivery
 * reported afterwards); the document's never do.
 */
@Embeddable
public class DocumentLine implements Serializable {

    private static final long serialVersionUID = 1L;

    @Column(name = "line_no", nullable = false, updatable = false)
    private int lineNo;

    @Column(name = "sku_code", nullable = false, length = 32, updatable = false)
    private String skuCode;

    @AttributeOverride(
            name = "english",
            column = @Column(name = "sku_name", nullable = false, length = 200, updatable = false))
    @AttributeOverride(
            name = "chinese",
            column = @Column(name = "sku_name_zh", nullable = false, length = 200, updatable = false))
    private BilingualName skuName;

    @Column(nullable = false, updatable = false)
    private int cases;

    @Column(name = "case_price", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal casePrice;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    protected DocumentLine() {}

    public DocumentLine(int lineNo, String skuCode, BilingualName skuName, int cases, BigDecimal casePrice) {
        this.lineNo = lineNo;
        this.skuCode = skuCode;
        this.skuName = skuName;
        this.cases = cases;
        this.casePrice = casePrice;
        this.amount = casePrice.multiply(BigDecimal.valueOf(cases));
    }

    /** The lines' amounts added up: what the document is for. */
    public static BigDecimal total(java.util.List<DocumentLine> lines) {
        return lines.stream().map(DocumentLine::getAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public int getLineNo() {
        return lineNo;
    }

    public String getSkuCode() {
        return skuCode;
    }

    public BilingualName getSkuName() {
        return skuName;
    }

    public int getCases() {
        return cases;
    }

    public BigDecimal getCasePrice() {
        return casePrice;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
