package org.shelfline.web.admin.fairs;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.shelfline.fair.Fair;
import org.shelfline.fair.FairDraft;
import org.shelfline.fair.FairService;
import org.shelfline.store.StoreTier;
import org.shelfline.web.Formats;
import org.shelfline.web.Messages;

/** Backs admin/fairs/index.xhtml: the brand's fairs and a form for a new one. */
@Named
@ViewScoped
public class FairsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    FairService fairs;

    @Inject
    Formats formats;

    @Inject
    Messages messages;

    private List<Fair> all;
    private String title;
    private String description;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private List<StoreTier> tiers = new java.util.ArrayList<>();
    private String region;
    private BigDecimal minOrderValue;
    private Integer earlyBirdMinutes;

    @PostConstruct
    void load() {
        all = fairs.fairs();
    }

    public String create() {
        if (startsAt == null || endsAt == null) {
            messages.error("fair.windowInvalid");
            return null;
        }
        FairDraft draft = new FairDraft(title, description, formats.toInstant(startsAt), formats.toInstant(endsAt),
                java.util.Set.copyOf(tiers), region, minOrderValue, earlyBirdMinutes);
        long[] created = new long[1];
        if (messages.attempt(() -> created[0] = fairs.create(draft))) {
            return "/admin/fairs/fair?faces-redirect=true&id=" + created[0];
        }
        return null;
    }

    public StoreTier[] getAllTiers() {
        return StoreTier.values();
    }

    public List<Fair> getFairs() {
        return all;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public List<StoreTier> getTiers() {
        return tiers;
    }

    public void setTiers(List<StoreTier> tiers) {
        this.tiers = tiers == null ? new java.util.ArrayList<>() : tiers;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public BigDecimal getMinOrderValue() {
        return minOrderValue;
    }

    public void setMinOrderValue(BigDecimal minOrderValue) {
        this.minOrderValue = minOrderValue;
    }

    public Integer getEarlyBirdMinutes() {
        return earlyBirdMinutes;
    }

    public void setEarlyBirdMinutes(Integer earlyBirdMinutes) {
        this.earlyBirdMinutes = earlyBirdMinutes;
    }
}
