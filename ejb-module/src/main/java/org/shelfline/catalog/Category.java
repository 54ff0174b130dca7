package org.shelfline.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.shelfline.shared.BilingualName;

/** A node of a brand's category tree. */
@Entity
@Table(name = "category")
public class Category {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id", nullable = false)
    private Long brandId;

    @ManyToOne
    @JoinColumn(name = "parent_id")
    private Category parent;

    @Column(nullable = false, length = 32)
    private String code;

    @Embedded
    private BilingualName name;

    protected Category() {}

    Category(long brandId, Category parent, String code, BilingualName name) {
        this.brandId = brandId;
        this.parent = parent;
        this.code = code;
        this.name = name;
    }

    /** Nesting depth: 0 for a top-level category. */
    public int getDepth() {
        int depth = 0;
        for (Category up = parent; up != null && depth < 16; up = up.parent) {
            depth++;
        }
        return depth;
    }

    public Long getId() {
        return id;
    }

    public Long getBrandId() {
        return brandId;
    }

    public Category getParent() {
        return parent;
    }

    public String getCode() {
        return code;
    }

    public BilingualName getName() {
        return name;
    }
}
