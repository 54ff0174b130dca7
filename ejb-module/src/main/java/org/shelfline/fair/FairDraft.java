package org.shelfline.fair;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.shelfline.store.StoreTier;

/** A fair session as the brand admin fills it in. */
public record FairDraft(
        String title,
        String description,
        Instant startsAt,
        Instant endsAt,
        Set<StoreTier> invitedTiers,
        String invitedRegion,
        BigDecimal minOrderValue,
        Integer earlyBirdMinutes) {}
