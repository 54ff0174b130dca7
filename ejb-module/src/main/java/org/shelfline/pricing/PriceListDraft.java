package org.shelfline.pricing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.time.Instant;
import org.shelfline.store.StoreTier;

/** A new price list as the form holds it: whom it targets and when it applies. */
public class PriceListDraft implements Serializable {

    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 120)
    private String name;

    private StoreTier tier;

    @Size(max = 32)
    @Pattern(regexp = "[A-Za-z0-9]+(-[A-Za-z0-9]+)*", message = "{pricelist.region.pattern}")
    private String regionCode;

    private Instant validFrom;
    private Instant validUntil;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public StoreTier getTier() {
        return tier;
    }

    public void setTier(StoreTier tier) {
        this.tier = tier;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public void setRegionCode(String regionCode) {
        this.regionCode = regionCode;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public void setValidFrom(Instant validFrom) {
        this.validFrom = validFrom;
    }

    public Instant getValidUntil() {
        return validUntil;
    }

    public void setValidUntil(Instant validUntil) {
        this.validUntil = validUntil;
    }
}
