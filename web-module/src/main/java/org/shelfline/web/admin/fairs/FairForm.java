package org.shelfline.web.admin.fairs;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.shelfline.fair.Fair;
import org.shelfline.fair.FairDraft;
import org.shelfline.store.StoreTier;
import org.shelfline.web.Formats;

/**
 * A fair session's fields as the brand admin types them (tag file fairFields.xhtml): empty for a new
 * fair, filled from the stored one for editing. Times are local to the display zone.
 */
public class FairForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String title;
    private String description;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private List<StoreTier> tiers = new ArrayList<>();
    private String region;
    private BigDecimal minOrderValue;
    private Integer earlyBirdMinutes;
    /** The stored times: the picker shows whole minutes, and an untouched time must not move by its seconds. */
    private Instant storedStart;

    private Instant storedEnd;

    static FairForm of(Fair fair, Formats formats) {
        FairForm form = new FairForm();
        form.title = fair.getTitle();
        form.description = fair.getDescription();
        form.startsAt = formats.toLocal(fair.getStartsAt());
        form.endsAt = formats.toLocal(fair.getEndsAt());
        form.tiers = new ArrayList<>(fair.getInvitedTiers());
        form.region = fair.getInvitedRegion();
        form.minOrderValue = fair.getMinOrderValue();
        form.earlyBirdMinutes = fair.getEarlyBirdMinutes();
        form.storedStart = fair.getStartsAt();
        form.storedEnd = fair.getEndsAt();
        return form;
    }

    /** The draft to hand to the service, or null when a time is missing (the page says so). */
    FairDraft draft(Formats formats) {
        if (startsAt == null || endsAt == null) {
            return null;
        }
        return new FairDraft(
                title,
                description,
                typed(startsAt, storedStart, formats),
                typed(endsAt, storedEnd, formats),
                Set.copyOf(tiers),
                region,
                minOrderValue,
                earlyBirdMinutes);
    }

    private static Instant typed(LocalDateTime typed, Instant stored, Formats formats) {
        Instant instant = formats.toInstant(typed);
        return stored != null && stored.truncatedTo(ChronoUnit.MINUTES).equals(instant.truncatedTo(ChronoUnit.MINUTES))
                ? stored
                : instant;
    }

    public StoreTier[] getAllTiers() {
        return StoreTier.values();
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
        this.tiers = tiers == null ? new ArrayList<>() : tiers;
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
