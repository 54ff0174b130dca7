package org.shelfline.fair;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.shelfline.catalog.Sku;
import org.shelfline.store.StoreTier;

/** A brand's trade-fair session and the SKUs it offers. */
@Entity
@Table(name = "fair")
public class Fair {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "brand_id", nullable = false, updatable = false)
    private long brandId;

    @Column(nullable = false, length = 120)
    private String title;

    @Column(length = 2000)
    private String description;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    /** Comma-separated store tiers invited; null invites every tier. */
    @Column(name = "invited_tiers", length = 64)
    private String invitedTiers;

    /** District-code prefix invited (e.g. "GD-SZ"); null invites every region. */
    @Column(name = "invited_region", length = 32)
    private String invitedRegion;

    @Column(name = "min_order_value", nullable = false, precision = 12, scale = 2)
    private BigDecimal minOrderValue = BigDecimal.ZERO;

    @Column(name = "early_bird_minutes")
    private Integer earlyBirdMinutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private FairStatus status = FairStatus.DRAFT;

    @Column(name = "invitation_token", nullable = false, length = 32, updatable = false)
    private String invitationToken;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    @OneToMany(mappedBy = "fair", cascade = CascadeType.ALL)
    @OrderBy("id")
    private List<FairOffer> offers = new ArrayList<>();

    protected Fair() {}

    Fair(long brandId, FairDraft draft, String invitationToken, Instant createdAt) {
        this.brandId = brandId;
        this.invitationToken = invitationToken;
        this.createdAt = createdAt;
        apply(draft);
    }

    void apply(FairDraft draft) {
        this.title = draft.title().strip();
        this.description = draft.description() == null || draft.description().isBlank()
                ? null
                : draft.description().strip();
        this.startsAt = draft.startsAt();
        this.endsAt = draft.endsAt();
        this.invitedTiers = draft.invitedTiers() == null || draft.invitedTiers().isEmpty()
                ? null
                : draft.invitedTiers().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.invitedRegion =
                draft.invitedRegion() == null || draft.invitedRegion().isBlank()
                        ? null
                        : draft.invitedRegion().strip();
        this.minOrderValue = draft.minOrderValue() == null ? BigDecimal.ZERO : draft.minOrderValue();
        this.earlyBirdMinutes = draft.earlyBirdMinutes();
    }

    /**
     * Whether the draft moves what decided the prices and eligibility of orders already placed: the
     * start, the early-bird period or the minimum order value. Title, description, invitations and a
     * later end stay editable.
     */
    boolean changesTermsOfSale(FairDraft draft) {
        BigDecimal minimum = draft.minOrderValue() == null ? BigDecimal.ZERO : draft.minOrderValue();
        return !startsAt.equals(draft.startsAt())
                || !java.util.Objects.equals(earlyBirdMinutes, draft.earlyBirdMinutes())
                || minOrderValue.compareTo(minimum) != 0;
    }

    /** One line naming the session's editable facts, for the audit trail. */
    String describe() {
        return "'" + title + "' " + startsAt + " to " + endsAt + ", tiers "
                + (invitedTiers == null ? "all" : invitedTiers)
                + ", region " + (invitedRegion == null ? "all" : invitedRegion) + ", minimum "
                + minOrderValue.toPlainString()
                + ", early bird " + (earlyBirdMinutes == null ? "none" : earlyBirdMinutes + " min");
    }

    /** Whether a shop of this tier in this district is invited. */
    public boolean invites(String tier, String districtCode) {
        boolean tierOk = invitedTiers == null
                || (tier != null && Arrays.asList(invitedTiers.split(",")).contains(tier));
        boolean regionOk = invitedRegion == null
                || districtCode.equals(invitedRegion)
                || districtCode.startsWith(invitedRegion + "-");
        return tierOk && regionOk;
    }

    public boolean isOpenAt(Instant at) {
        return status == FairStatus.PUBLISHED && !at.isBefore(startsAt) && at.isBefore(endsAt);
    }

    /** Whether the fair is over: its end has passed (published or not, nobody can order in it any more). */
    public boolean isEndedAt(Instant at) {
        return !at.isBefore(endsAt);
    }

    public boolean isEarlyBirdAt(Instant at) {
        // Before the start nobody buys, so no early-bird price is "now" yet.
        return earlyBirdMinutes != null
                && !at.isBefore(startsAt)
                && at.isBefore(startsAt.plusSeconds(60L * earlyBirdMinutes));
    }

    void publish() {
        status = FairStatus.PUBLISHED;
    }

    public Long getId() {
        return id;
    }

    public long getBrandId() {
        return brandId;
    }

    public String getTitle() {
        return title;
    }

    public String getDescription() {
        return description;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public Set<StoreTier> getInvitedTiers() {
        return invitedTiers == null
                ? Set.of()
                : Arrays.stream(invitedTiers.split(",")).map(StoreTier::valueOf).collect(Collectors.toSet());
    }

    public String getInvitedRegion() {
        return invitedRegion;
    }

    public BigDecimal getMinOrderValue() {
        return minOrderValue;
    }

    public Integer getEarlyBirdMinutes() {
        return earlyBirdMinutes;
    }

    public FairStatus getStatus() {
        return status;
    }

    public String getInvitationToken() {
        return invitationToken;
    }

    public long getVersion() {
        return version;
    }

    public List<FairOffer> getOffers() {
        return offers;
    }

    /** The SKUs on offer by lower-case code. */
    public Map<String, Sku> offeredSkusByCode() {
        Map<String, Sku> skus = new HashMap<>();
        offers.forEach(offer -> skus.put(offer.getSku().getCode().toLowerCase(Locale.ROOT), offer.getSku()));
        return skus;
    }
}
