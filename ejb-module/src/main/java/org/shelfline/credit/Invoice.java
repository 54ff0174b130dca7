package org.shelfline.credit;

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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * An invoice (credit order) or receipt (pay-on-delivery order) for what one order delivered. Immutable
 * but for what is still open on it, which only {@link Billing#settle} lowers, in SQL (a receipt is paid
 * when issued: nothing is open on it).
 */
@Entity
@Table(name = "invoice")
public class Invoice {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 24, updatable = false)
    private String number;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private InvoiceKind kind;

    @Column(name = "store_id", nullable = false, updatable = false)
    private long storeId;

    @Column(name = "brand_id", nullable = false, updatable = false)
    private long brandId;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "open_amount", nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal openAmount;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "due_date", updatable = false)
    private LocalDate dueDate;

    /** What was billed, as it was when the document was issued. */
    @ElementCollection
    @CollectionTable(name = "invoice_line", joinColumns = @JoinColumn(name = "invoice_id"))
    @OrderBy("lineNo")
    private List<DocumentLine> lines = new ArrayList<>();

    protected Invoice() {}

    Invoice(
            String number,
            InvoiceKind kind,
            long storeId,
            long brandId,
            long orderId,
            List<DocumentLine> lines,
            Instant issuedAt,
            LocalDate issueDate,
            LocalDate dueDate) {
        BigDecimal amount = DocumentLine.total(lines);
        this.lines = new ArrayList<>(lines);
        this.number = number;
        this.kind = kind;
        this.storeId = storeId;
        this.brandId = brandId;
        this.orderId = orderId;
        this.amount = amount;
        this.openAmount = kind == InvoiceKind.INVOICE ? amount : BigDecimal.ZERO;
        this.issuedAt = issuedAt;
        this.issueDate = issueDate;
        this.dueDate = dueDate;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public InvoiceKind getKind() {
        return kind;
    }

    public long getStoreId() {
        return storeId;
    }

    public long getBrandId() {
        return brandId;
    }

    public long getOrderId() {
        return orderId;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public LocalDate getIssueDate() {
        return issueDate;
    }

    public LocalDate getDueDate() {
        return dueDate;
    }

    public List<DocumentLine> getLines() {
        return lines;
    }
}
