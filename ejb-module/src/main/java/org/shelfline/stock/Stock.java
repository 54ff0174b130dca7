package org.shelfline.stock;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.shelfline.catalog.Sku;
import org.shelfline.distribution.Warehouse;
import org.shelfline.shared.BusinessException;

/** Cases of one SKU in one warehouse. Reserved cases belong to open orders and cannot be counted away. */
@Entity
@Table(name = "stock")
public class Stock {

    /** The most a warehouse can report for one SKU; larger numbers are typing mistakes. */
    public static final int MAX_ON_HAND = 10_000_000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "warehouse_id")
    private Warehouse warehouse;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    @Column(name = "on_hand", nullable = false)
    private int onHand;

    @Column(nullable = false)
    private int reserved;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Stock() {}

    Stock(Warehouse warehouse, Sku sku, Instant now) {
        this.warehouse = warehouse;
        this.sku = sku;
        this.updatedAt = now;
    }

    /** A stock count: the new number of cases on hand. */
    void count(int newOnHand, Instant now) {
        if (newOnHand < 0 || newOnHand > MAX_ON_HAND) {
            throw new BusinessException("stock.onHand.range", MAX_ON_HAND);
        }
        if (newOnHand < reserved) {
            throw new BusinessException("stock.belowReserved", reserved);
        }
        this.onHand = newOnHand;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Warehouse getWarehouse() {
        return warehouse;
    }

    public Sku getSku() {
        return sku;
    }

    public int getOnHand() {
        return onHand;
    }

    public int getReserved() {
        return reserved;
    }

    /** Cases that can still be promised to new orders. */
    public int getAvailable() {
        return onHand - reserved;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
