package org.shelfline.catalog;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.shelfline.shared.BilingualName;

/** A stock-keeping unit of one brand, sold in whole cases. */
@Entity
@Table(name = "sku")
public class Sku {

    public static final int CODE_MAX = 32;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id", nullable = false)
    private Long brandId;

    @Column(nullable = false, length = CODE_MAX)
    private String code;

    @Column(length = 13)
    private String barcode;

    @Embedded
    private BilingualName name;

    @ManyToOne
    @JoinColumn(name = "category_id")
    private Category category;

    @Column(nullable = false, length = 16)
    private String unit;

    @Column(name = "case_pack", nullable = false)
    private int casePack;

    @Column(name = "min_order_cases", nullable = false)
    private int minOrderCases;

    @Column(name = "order_increment_cases", nullable = false)
    private int orderIncrementCases;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private SkuStatus status;

    @OneToMany(mappedBy = "sku", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("minCases")
    private List<PriceTier> priceTiers = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Sku() {
    }

    public Long getId() {
        return id;
    }

    public Long getBrandId() {
        return brandId;
    }

    public String getCode() {
        return code;
    }

    public String getBarcode() {
        return barcode;
    }

    public BilingualName getName() {
        return name;
    }

    public Category getCategory() {
        return category;
    }

    public String getUnit() {
        return unit;
    }

    public int getCasePack() {
        return casePack;
    }

    public int getMinOrderCases() {
        return minOrderCases;
    }

    public int getOrderIncrementCases() {
        return orderIncrementCases;
    }

    public SkuStatus getStatus() {
        return status;
    }

    public List<PriceTier> getPriceTiers() {
        return List.copyOf(priceTiers);
    }

    public long getVersion() {
        return version;
    }
}
