package org.shelfline.fair;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class FairTest {

    private static final Instant START = Instant.parse("2026-12-04T02:00:00Z");

    @Test
    void theEarlyBirdPriceHoldsFromTheStartForItsMinutesAndNotBefore() {
        Fair fair = new Fair(1, new FairDraft("Winter fair", null, START, START.plusSeconds(3600), null, null,
                BigDecimal.ZERO, 10), "token", START.minusSeconds(86400));

        assertThat(fair.isEarlyBirdAt(START.minusSeconds(60))).as("before the start").isFalse();
        assertThat(fair.isEarlyBirdAt(START)).isTrue();
        assertThat(fair.isEarlyBirdAt(START.plusSeconds(599))).isTrue();
        assertThat(fair.isEarlyBirdAt(START.plusSeconds(600))).as("after its ten minutes").isFalse();
    }

    @Test
    void aFairWithoutAnEarlyBirdPeriodNeverHasOne() {
        Fair fair = new Fair(1, new FairDraft("Winter fair", null, START, START.plusSeconds(3600), null, null,
                BigDecimal.ZERO, null), "token", START.minusSeconds(86400));

        assertThat(fair.isEarlyBirdAt(START)).isFalse();
    }
}
