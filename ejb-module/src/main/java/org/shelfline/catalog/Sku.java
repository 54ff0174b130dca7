package org.shelfline.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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

    // Lazy: ordering reads SKUs by the dozen and never needs their category.
    @ManyToOne(fetch = FetchType.LAZY)
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

    /** File name of the product picture in the upload folder, if any. */
    @Column(length = 120)
    private String image;

    @OneToMany(mappedBy = "sku", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("minCases")
    private List<PriceTier> priceTiers = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected Sku() {}

    Sku(long brandId, String code, Instant now) {
        this.brandId = brandId;
        this.code = code;
        this.status = SkuStatus.DRAFT;
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Copies the form's values; the caller has validated them. */
    void apply(SkuDraft draft, String normalisedCode, Category newCategory, Instant now) {
        this.code = normalisedCode;
        this.barcode = draft.getBarcode() == null || draft.getBarcode().isBlank()
                ? null
                : draft.getBarcode().strip();
        this.name = new BilingualName(draft.getNameEn(), draft.getNameZh());
        this.category = newCategory;
        this.unit = draft.getUnit().strip();
        this.casePack = draft.getCasePack();
        this.minOrderCases = draft.getMinOrderCases();
        this.orderIncrementCases = draft.getOrderIncrementCases();
        this.updatedAt = now;
        replaceTiers(draft.filledTiers());
    }

    /**
     * Makes the price tiers match the given rows, updating a kept break in place rather than deleting and
     * re-inserting it (which would collide with the unique key on sku and minimum).
     */
    private void replaceTiers(List<TierDraft> rows) {
        priceTiers.removeIf(tier -> rows.stream().noneMatch(row -> row.getMinCases() == tier.getMinCases()));
        for (TierDraft row : rows) {
            priceTiers.stream()
                    .filter(tier -> tier.getMinCases() == row.getMinCases())
                    .findFirst()
                    .ifPresentOrElse(
                            tier -> tier.reprice(row.getCasePrice()),
                            () -> priceTiers.add(new PriceTier(this, row.getMinCases(), row.getCasePrice())));
        }
        priceTiers.sort(java.util.Comparator.comparingInt(PriceTier::getMinCases));
    }

    /** Draft to published, published to withdrawn, withdrawn back to published. */
    void moveTo(SkuStatus target, Instant now) {
        boolean allowed = switch (target) {
            case PUBLISHED -> status != SkuStatus.PUBLISHED && !priceTiers.isEmpty();
            case WITHDRAWN -> status == SkuStatus.PUBLISHED;
            case DRAFT -> false;
        };
        if (!allowed) {
            throw new org.shelfline.shared.BusinessException("sku.status.notAllowed");
        }
        this.status = target;
        this.updatedAt = now;
    }

    /** Imports set the status directly; publishing still needs a price. */
    void importStatus(SkuStatus target, Instant now) {
        if (target == SkuStatus.PUBLISHED && priceTiers.isEmpty()) {
            throw new org.shelfline.shared.BusinessException("sku.status.notAllowed");
        }
        this.status = target;
        this.updatedAt = now;
    }

    /** A one-line summary for the audit trail. */
    String describe() {
        StringBuilder text = new StringBuilder()
                .append("code=")
                .append(code)
                .append(", name=")
                .append(name.english())
                .append(" / ")
                .append(name.chinese())
                .append(", barcode=")
                .append(barcode)
                .append(", casePack=")
                .append(casePack)
                .append(' ')
                .append(unit)
                .append(", min=")
                .append(minOrderCases)
                .append(", increment=")
                .append(orderIncrementCases)
                .append(", status=")
                .append(status)
                .append(", tiers=");
        priceTiers.forEach(tier -> text.append(tier.getMinCases())
                .append(':')
                .append(tier.getCasePrice().toPlainString())
                .append(' '));
        return text.toString().strip();
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

    /** The base price of a case bought alone (the break with the smallest minimum), or null before it has one. */
    public java.math.BigDecimal getListPrice() {
        return priceTiers.stream()
                .min(java.util.Comparator.comparingInt(PriceTier::getMinCases))
                .map(PriceTier::getCasePrice)
                .orElse(null);
    }

    public String getImage() {
        return image;
    }

    /** Replaces the picture; returns the file name it had before (to delete), or null. */
    String picture(String fileName, Instant now) {
        String previous = image;
        this.image = fileName;
        this.updatedAt = now;
        return previous;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getVersion() {
        return version;
    }
}
