package org.shelfline.credit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.shelfline.store.Store;

/** A store's monthly statement with a brand, as the statement job last wrote it. */
@Entity
@Table(name = "statement")
public class Statement {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "store_id", insertable = false, updatable = false)
    private Store store;

    @Column(name = "brand_id", insertable = false, updatable = false)
    private long brandId;

    @Column(insertable = false, updatable = false)
    private LocalDate period;

    @Column(insertable = false, updatable = false)
    private BigDecimal opening;

    @Column(insertable = false, updatable = false)
    private BigDecimal invoiced;

    @Column(insertable = false, updatable = false)
    private BigDecimal paid;

    @Column(insertable = false, updatable = false)
    private BigDecimal credited;

    @Column(insertable = false, updatable = false)
    private BigDecimal closing;

    @Column(insertable = false, updatable = false)
    private int entries;

    @Column(name = "generated_at", insertable = false, updatable = false)
    private Instant generatedAt;

    public Store getStore() {
        return store;
    }

    public long getBrandId() {
        return brandId;
    }

    public LocalDate getPeriod() {
        return period;
    }

    public BigDecimal getOpening() {
        return opening;
    }

    public BigDecimal getInvoiced() {
        return invoiced;
    }

    public BigDecimal getPaid() {
        return paid;
    }

    public BigDecimal getCredited() {
        return credited;
    }

    public BigDecimal getClosing() {
        return closing;
    }

    public int getEntries() {
        return entries;
    }

    public Instant getGeneratedAt() {
        return generatedAt;
    }
}
