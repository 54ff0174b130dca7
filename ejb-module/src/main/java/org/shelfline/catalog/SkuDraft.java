package org.shelfline.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.shelfline.shared.BilingualName;
import org.shelfline.shared.BusinessException;

/**
 * A SKU as the edit form holds it. The constraints here are what the form shows next to each field and
 * what the catalogue service enforces again; rules across fields are checked by the service.
 */
public class SkuDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final int TIER_ROWS = 5;
    public static final int MAX_CASES = 100_000;
    public static final int UNIT_MAX = 16;

    private Long id;
    private long version;

    @NotBlank
    @Size(max = Sku.CODE_MAX)
    @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]*", message = "{sku.code.pattern}")
    private String code;

    @Ean13
    private String barcode;

    @NotBlank
    @Size(max = BilingualName.MAX_LENGTH)
    private String nameEn;

    @NotBlank
    @Size(max = BilingualName.MAX_LENGTH)
    private String nameZh;

    private Long categoryId;

    @NotBlank
    @Size(max = UNIT_MAX)
    private String unit;

    @NotNull
    @Min(1)
    @Max(10_000)
    private Integer casePack;

    @NotNull
    @Min(1)
    @Max(MAX_CASES)
    private Integer minOrderCases = 1;

    @NotNull
    @Min(1)
    @Max(MAX_CASES)
    private Integer orderIncrementCases = 1;

    private SkuStatus status = SkuStatus.DRAFT;

    @Valid
    private List<TierDraft> tiers = new ArrayList<>();

    public SkuDraft() {
        padTiers();
    }

    static SkuDraft of(Sku sku) {
        SkuDraft draft = new SkuDraft();
        draft.id = sku.getId();
        draft.version = sku.getVersion();
        draft.code = sku.getCode();
        draft.barcode = sku.getBarcode();
        draft.nameEn = sku.getName().english();
        draft.nameZh = sku.getName().chinese();
        draft.categoryId = sku.getCategory() == null ? null : sku.getCategory().getId();
        draft.unit = sku.getUnit();
        draft.casePack = sku.getCasePack();
        draft.minOrderCases = sku.getMinOrderCases();
        draft.orderIncrementCases = sku.getOrderIncrementCases();
        draft.status = sku.getStatus();
        draft.tiers = new ArrayList<>(sku.getPriceTiers().stream()
                .map(tier -> new TierDraft(tier.getMinCases(), tier.getCasePrice()))
                .toList());
        draft.padTiers();
        return draft;
    }

    /** Always offers {@link #TIER_ROWS} rows to fill in. */
    private void padTiers() {
        while (tiers.size() < TIER_ROWS) {
            tiers.add(new TierDraft());
        }
    }

    /** The rows that were filled in. */
    public List<TierDraft> filledTiers() {
        return tiers.stream().filter(tier -> !tier.isBlank()).toList();
    }

    /**
     * The first thing wrong with the price breaks, if any: there must be one, each needs both numbers,
     * no two may start at the same quantity, and the first must cover the minimum order.
     */
    public Optional<BusinessException> tierProblem() {
        List<TierDraft> filled = filledTiers();
        if (filled.isEmpty()) {
            return Optional.of(new BusinessException("sku.tier.required"));
        }
        Set<Integer> seen = new HashSet<>();
        for (TierDraft tier : filled) {
            if (tier.getMinCases() == null || tier.getCasePrice() == null) {
                return Optional.of(new BusinessException("sku.tier.incomplete"));
            }
            if (!seen.add(tier.getMinCases())) {
                return Optional.of(new BusinessException("sku.tier.duplicate", tier.getMinCases()));
            }
        }
        int lowest = filled.stream().mapToInt(TierDraft::getMinCases).min().orElseThrow();
        if (minOrderCases != null && lowest > minOrderCases) {
            return Optional.of(new BusinessException("sku.tier.coverMinimum", minOrderCases));
        }
        return Optional.empty();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getBarcode() {
        return barcode;
    }

    public void setBarcode(String barcode) {
        this.barcode = barcode;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public String getNameZh() {
        return nameZh;
    }

    public void setNameZh(String nameZh) {
        this.nameZh = nameZh;
    }

    public Long getCategoryId() {
        return categoryId;
    }

    public void setCategoryId(Long categoryId) {
        this.categoryId = categoryId;
    }

    public String getUnit() {
        return unit;
    }

    public void setUnit(String unit) {
        this.unit = unit;
    }

    public Integer getCasePack() {
        return casePack;
    }

    public void setCasePack(Integer casePack) {
        this.casePack = casePack;
    }

    public Integer getMinOrderCases() {
        return minOrderCases;
    }

    public void setMinOrderCases(Integer minOrderCases) {
        this.minOrderCases = minOrderCases;
    }

    public Integer getOrderIncrementCases() {
        return orderIncrementCases;
    }

    public void setOrderIncrementCases(Integer orderIncrementCases) {
        this.orderIncrementCases = orderIncrementCases;
    }

    public SkuStatus getStatus() {
        return status;
    }

    public List<TierDraft> getTiers() {
        return tiers;
    }
}
