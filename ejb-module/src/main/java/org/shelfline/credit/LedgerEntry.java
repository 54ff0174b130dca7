package org.shelfline.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One immutable line of a store's account with a brand. Positive amounts raise what the store owes
 * (invoices), negative ones lower it (payments, credit notes); the balance is their sum.
 */
@Entity
@Table(name = "ledger_entry")
public class LedgerEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "store_id", nullable = false, updatable = false)
    private long storeId;

    @Column(name = "brand_id", nullable = false, updatable = false)
    private long brandId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16, updatable = false)
    private LedgerKind kind;

    @Column(nullable = false, precision = 12, scale = 2, updatable = false)
    private BigDecimal amount;

    @Column(name = "invoice_id", updatable = false)
    private Long invoiceId;

    @Column(name = "payment_id", updatable = false)
    private Long paymentId;

    @Column(name = "credit_note_id", updatable = false)
    private Long creditNoteId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "recorded_by", nullable = false, length = 64, updatable = false)
    private String recordedBy;

    @Column(length = 500, updatable = false)
    private String note;

    protected LedgerEntry() {}

    LedgerEntry(
            long storeId,
            long brandId,
            LedgerKind kind,
            BigDecimal amount,
            Long invoiceId,
            Long paymentId,
            Instant occurredAt,
            String recordedBy,
            String note) {
        this.storeId = storeId;
        this.brandId = brandId;
        this.kind = kind;
        this.amount = amount;
        this.invoiceId = invoiceId;
        this.paymentId = paymentId;
        this.occurredAt = occurredAt;
        this.recordedBy = recordedBy;
        this.note = note;
    }

    /** The ledger entry of a credit note: what the store owes goes down by its amount. */
    static LedgerEntry of(CreditNote note, String actor) {
        LedgerEntry entry = new LedgerEntry(
                note.getStoreId(),
                note.getBrandId(),
                LedgerKind.CREDIT_NOTE,
                note.getAmount().negate(),
                note.getInvoiceId(),
                null,
                note.getIssuedAt(),
                actor,
                note.getNumber());
        entry.creditNoteId = note.getId();
        return entry;
    }

    public Long getCreditNoteId() {
        return creditNoteId;
    }

    public LedgerKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public String getNote() {
        return note;
    }
}
