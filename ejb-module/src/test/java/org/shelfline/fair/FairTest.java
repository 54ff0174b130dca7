package org.shelfline.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.shelfline.store.StoreTier;

class FairTest {

    private static final Instant START = Instant.parse("2026-12-04T02:00:00Z");

    @Test
    void theEarlyBirdPriceHoldsFromTheStartForItsMinutesAndNotBefore() {
        Fair fair = new Fair(
                1,
                new FairDraft("Winter fair", null, START, START.plusSeconds(3600), null, null, BigDecimal.ZERO, 10),
                "token",
                START.minusSeconds(86400));

        assertThat(fair.isEarlyBirdAt(START.minusSeconds(60)))
                .as("before the start")
                .isFalse();
        assertThat(fair.isEarlyBirdAt(START)).isTrue();
        assertThat(fair.isEarlyBirdAt(START.plusSeconds(599))).isTrue();
        assertThat(fair.isEarlyBirdAt(START.plusSeconds(600)))
                .as("after its ten minutes")
                .isFalse();
    }

    @Test
    void aFairWithoutAnEarlyBirdPeriodNeverHasOne() {
        Fair fair = new Fair(
                1,
                new FairDraft("Winter fair", null, START, START.plusSeconds(3600), null, null, BigDecimal.ZERO, null),
                "token",
                START.minusSeconds(86400));

        assertThat(fair.isEarlyBirdAt(START)).isFalse();
    }

    @Test
    void aFairForEveryoneInvitesEveryShop() {
        Fair open = fairFor(null, null);
        assertThat(open.invites("GOLD", "GD-SZ-NS")).isTrue();
        assertThat(open.invites(null, "SH-PD")).as("a shop without a tier").isTrue();
    }

    @Test
    void onlyTheInvitedTiersAreInvited() {
        Fair goldAndSilver = fairFor(Set.of(StoreTier.GOLD, StoreTier.SILVER), null);
        assertThat(goldAndSilver.invites("GOLD", "GD-SZ-NS")).isTrue();
        assertThat(goldAndSilver.invites("SILVER", "GD-SZ-NS")).isTrue();
        assertThat(goldAndSilver.invites("STANDARD", "GD-SZ-NS")).isFalse();
        assertThat(goldAndSilver.invites(null, "GD-SZ-NS"))
                .as("no tier is not an invited tier")
                .isFalse();
        assertThat(goldAndSilver.invites("GOLD,SILVER", "GD-SZ-NS"))
                .as("a tier, not the stored list")
                .isFalse();
    }

    @Test
    void aRegionInvitesItsOwnDistrictsByWholeCodeSegments() {
        Fair shenzhen = fairFor(null, "GD-SZ");
        assertThat(shenzhen.invites("GOLD", "GD-SZ")).isTrue();
        assertThat(shenzhen.invites("GOLD", "GD-SZ-NS")).isTrue();
        assertThat(shenzhen.invites("GOLD", "GD-SZX-01"))
                .as("a longer code, not a district of GD-SZ")
                .isFalse();
        assertThat(shenzhen.invites("GOLD", "GD-GZ-TH")).isFalse();
    }

    @Test
    void aTierAndARegionMustBothMatch() {
        Fair goldInShenzhen = fairFor(Set.of(StoreTier.GOLD), "GD-SZ");
        assertThat(goldInShenzhen.invites("GOLD", "GD-SZ-NS")).isTrue();
        assertThat(goldInShenzhen.invites("SILVER", "GD-SZ-NS")).isFalse();
        assertThat(goldInShenzhen.invites("GOLD", "GD-GZ-TH")).isFalse();
    }

    private static Fair fairFor(Set<StoreTier> tiers, String region) {
        return new Fair(
                1,
                new FairDraft(
                        "Winter fair", null, START, START.plusSeconds(3600), tiers, region, BigDecimal.ZERO, null),
                "token",
                START.minusSeconds(86400));
    }
}
