package org.shelfline.ordering;

import jakarta.persistence.AttributeOverride;
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
import org.shelfline.pricing.Quote;
import org.shelfline.shared.BilingualName;

/** One SKU on an order, as the shop saw and priced it when placing. */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "order_id")
    private PurchaseOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "sku_id", nullable = false)
    private long skuId;

    @Column(name = "sku_code", nullable = false, length = 32)
    private String skuCode;

    @AttributeOverride(name = "english", column = @Column(name = "sku_name", nullable = false, length = 200))
    @AttributeOverride(name = "chinese", column = @Column(name = "sku_name_zh", nullable = false, length = 200))
    private BilingualName skuName;

    @Column(name = "case_pack", nullable = false)
    private int casePack;

    @Column(nullable = false)
    private int cases;

    @Column(name = "case_price", nullable = false, precision = 12, scale = 2)
    private BigDecimal casePrice;

    @Column(name = "line_total", nullable = false, precision = 12, scale = 2)
    private BigDecimal lineTotal;

    @Column(name = "price_list", length = 120)
    private String priceList;

    @Column(name = "delivered_cases")
    private Integer deliveredCases;

    @Column(name = "damaged_cases")
    private Integer damagedCases;

    protected OrderLine() {}

    OrderLine(PurchaseOrder order, int lineNo, Sku sku, Quote quote) {
        this.order = order;
        this.lineNo = lineNo;
        this.skuId = sku.getId();
        this.skuCode = sku.getCode();
        this.skuName = sku.getName();
        this.casePack = sku.getCasePack();
        this.cases = quote.cases();
        this.casePrice = quote.casePrice();
        this.lineTotal = quote.lineTotal();
        this.priceList = quote.priceList();
    }

    void recordDelivery(int delivered, int damaged) {
        this.deliveredCases = delivered;
        this.damagedCases = damaged;
    }

    /** Cases that arrived in good order; before any delivery is recorded, none. */
    public int goodCases() {
        return deliveredCases == null ? 0 : deliveredCases - (damagedCases == null ? 0 : damagedCases);
    }

    /** What the good cases are worth at the order's price. */
    BigDecimal goodValue() {
        return casePrice.multiply(BigDecimal.valueOf(goodCases()));
    }

    public boolean isShortOrDamaged() {
        return deliveredCases != null && goodCases() < cases;
    }

    public Long getId() {
        return id;
    }

    public int getLineNo() {
        return lineNo;
    }

    public long getSkuId() {
        return skuId;
    }

    public String getSkuCode() {
        return skuCode;
    }

    public BilingualName getSkuName() {
        return skuName;
    }

    public int getCasePack() {
        return casePack;
    }

    public int getCases() {
        return cases;
    }

    public BigDecimal getCasePrice() {
        return casePrice;
    }

    public BigDecimal getLineTotal() {
        return lineTotal;
    }

    public String getPriceList() {
        return priceList;
    }

    public Integer getDeliveredCases() {
        return deliveredCases;
    }

    public Integer getDamagedCases() {
        return damagedCases;
    }
}
