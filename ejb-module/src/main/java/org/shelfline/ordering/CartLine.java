package org.shelfline.ordering;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.shelfline.catalog.Sku;

/** A SKU in a shop's cart. The cart of a brand is the shop's lines for that brand's SKUs. */
@Entity
@Table(name = "cart_line")
public class CartLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "store_id", nullable = false)
    private long storeId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    @Column(nullable = false)
    private int cases;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CartLine() {}

    CartLine(long storeId, Sku sku, int cases, Instant addedAt) {
        this.storeId = storeId;
        this.sku = sku;
        this.cases = cases;
        this.addedAt = addedAt;
    }

    void setCases(int cases) {
        this.cases = cases;
    }

    public Long getId() {
        return id;
    }

    public Sku getSku() {
        return sku;
    }

    public int getCases() {
        return cases;
    }
}
