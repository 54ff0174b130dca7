package org.shelfline.ordering;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.shelfline.credit.DocumentLine;
import org.shelfline.shared.BusinessException;

/**
 * A shop said fewer cases arrived in good order than the distributor shipped or reported. The shop was
 * credited at once (its complaint stands until the brand decides); the brand settles the dispute: the shop's
 * count stands, or the denied cases are billed again.
 */
@Entity
@Table(name = "delivery_dispute")
public class DeliveryDispute {

    public enum Status {
        OPEN,
        SETTLED
    }

    public enum Settlement {
        /** The shop's count stands: the credit it was given stays. */
        SHOP_COUNT,
        /** The cases arrived after all: they are billed again with an invoice of their own. */
        REBILLED
    }

    public static final int NOTE_MAX = 300;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(name = "store_id", nullable = false, updatable = false)
    private long storeId;

    @Column(name = "brand_id", nullable = false, updatable = false)
    private long brandId;

    @Column(name = "distributor_id", nullable = false, updatable = false)
    private long distributorId;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, length = 64, updatable = false)
    private String openedBy;

    @Column(nullable = false, precision = 12, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.OPEN;

    @Enumerated(EnumType.STRING)
    @Column(length = 16)
    private Settlement settlement;

    @Column(name = "settled_at")
    private Instant settledAt;

    @Column(name = "settled_by", length = 64)
    private String settledBy;

    @Column(length = NOTE_MAX)
    private String note;

    @Column(name = "rebill_invoice_id")
    private Long rebillInvoiceId;

    @Version
    private long version;

    /** The denied cases per order line, at the order's prices. */
    @ElementCollection
    @CollectionTable(name = "delivery_dispute_line", joinColumns = @JoinColumn(name = "dispute_id"))
    @OrderBy("lineNo")
    private List<DocumentLine> lines = new ArrayList<>();

    protected DeliveryDispute() {}

    DeliveryDispute(PurchaseOrder order, List<DocumentLine> denied, String actor, Instant at) {
        this.orderId = order.getId();
        this.storeId = order.getStore().getId();
        this.brandId = order.getBrand().getId();
        this.distributorId = order.getDistributor().getId();
        this.openedBy = actor;
        this.openedAt = at;
        deny(denied);
    }

    /** More cases denied while the dispute is open (the shop lowered its count again): added to the same dispute. */
    void deny(List<DocumentLine> denied) {
        Map<Integer, DocumentLine> byLine = new TreeMap<>();
        for (DocumentLine line : lines) {
            byLine.put(line.getLineNo(), line);
        }
        for (DocumentLine more : denied) {
            DocumentLine before = byLine.get(more.getLineNo());
            byLine.put(
                    more.getLineNo(),
                    before == null
                            ? more
                            : new DocumentLine(
                                    more.getLineNo(),
                                    more.getSkuCode(),
                                    more.getSkuName(),
                                    before.getCases() + more.getCases(),
                                    more.getCasePrice()));
        }
        lines = new ArrayList<>(byLine.values());
        amount = DocumentLine.total(lines);
    }

    void settle(Settlement how, String by, String why, Long rebillInvoice, Instant at) {
        if (status != Status.OPEN) {
            throw new BusinessException("dispute.alreadySettled");
        }
        this.status = Status.SETTLED;
        this.settlement = how;
        this.settledBy = by;
        this.note = why;
        this.rebillInvoiceId = rebillInvoice;
        this.settledAt = at;
    }

    public Long getId() {
        return id;
    }

    public long getOrderId() {
        return orderId;
    }

    public long getStoreId() {
        return storeId;
    }

    public long getBrandId() {
        return brandId;
    }

    public long getDistributorId() {
        return distributorId;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public String getOpenedBy() {
        return openedBy;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isOpen() {
        return status == Status.OPEN;
    }

    public Settlement getSettlement() {
        return settlement;
    }

    public Instant getSettledAt() {
        return settledAt;
    }

    public String getSettledBy() {
        return settledBy;
    }

    public String getNote() {
        return note;
    }

    public Long getRebillInvoiceId() {
        return rebillInvoiceId;
    }

    public long getVersion() {
        return version;
    }

    public List<DocumentLine> getLines() {
        return lines;
    }

    /** The denied cases, all lines together. */
    public int getCases() {
        return lines.stream().mapToInt(DocumentLine::getCases).sum();
    }
}
