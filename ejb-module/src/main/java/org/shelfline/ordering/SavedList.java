package org.shelfline.ordering;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.shelfline.brand.Brand;

/** A named set of SKUs and quantities a shop orders again and again ("weekly drinks"). */
@Entity
@Table(name = "saved_list")
public class SavedList {

    public static final int NAME_MAX = 80;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "store_id", nullable = false)
    private long storeId;

    @ManyToOne(optional = false)
    @JoinColumn(name = "brand_id")
    private Brand brand;

    @Column(nullable = false, length = NAME_MAX)
    private String name;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "list", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<SavedListLine> lines = new ArrayList<>();

    protected SavedList() {}

    SavedList(long storeId, Brand brand, String name, Instant createdAt) {
        this.storeId = storeId;
        this.brand = brand;
        this.name = name;
        this.createdAt = createdAt;
    }

    void add(CartLine line) {
        lines.add(new SavedListLine(this, line.getSku(), line.getCases()));
    }

    public Long getId() {
        return id;
    }

    public long getStoreId() {
        return storeId;
    }

    public Brand getBrand() {
        return brand;
    }

    public String getName() {
        return name;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<SavedListLine> getLines() {
        return lines;
    }
}
