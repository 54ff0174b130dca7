package org.shelfline.credit;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
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
 * A correction of an issued invoice or receipt (cases reported short or damaged after it was issued): a
 * document of its own, with its own number and lines, so that the document it corrects never changes.
 * Immutable once issued.
 */
@Entity
@Table(name = "credit_note")
public class CreditNote {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32, updatable = false)
    private String number;

    @Column(name = "invoice_id", nullable = false, updatable = false)
    private long invoiceId;

    @Column(name = "store_id", nullable = false, updatable = false)
    private long storeId;

    @Column(name = "brand_id", nullable = false, updatable = false)
    private long brandId;

    @Column(name = "order_id", nullable = false, updatable = false)
    private long orderId;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "issued_at", nullable = false, updatable = false)
    private Instant issuedAt;

    @Column(name = "issue_date", nullable = false, updatable = false)
    private LocalDate issueDate;

    @Column(name = "issued_by", nullable = false, length = 64, updatable = false)
    private String issuedBy;

    @ElementCollection
    @CollectionTable(name = "credit_note_line", joinColumns = @JoinColumn(name = "credit_note_id"))
    @OrderBy("lineNo")
    private List<DocumentLine> lines = new ArrayList<>();

    protected CreditNote() {}

    CreditNote(
            String number,
            Invoice corrected,
            List<DocumentLine> lines,
            Instant issuedAt,
            LocalDate issueDate,
            String issuedBy) {
        this.number = number;
        this.invoiceId = corrected.getId();
        this.storeId = corrected.getStoreId();
        this.brandId = corrected.getBrandId();
        this.orderId = corrected.getOrderId();
        this.lines = new ArrayList<>(lines);
        this.amount = DocumentLine.total(lines);
        this.issuedAt = issuedAt;
        this.issueDate = issueDate;
        this.issuedBy = issuedBy;
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public long getInvoiceId() {
        return invoiceId;
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

    public List<DocumentLine> getLines() {
        return lines;
    }
}
