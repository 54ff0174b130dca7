package org.shelfline.web.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The countdown a shop reads before and during a fair counts seconds, not rounded minutes. */
class CountdownTest {

    @Test
    void underAnHourReadsMinutesAndSeconds() {
        assertThat(Labels.countdown(245_000)).isEqualTo("04:05");
        assertThat(Labels.countdown(4_001)).as("a started second counts").isEqualTo("00:05");
        assertThat(Labels.countdown(0)).isEqualTo("00:00");
        assertThat(Labels.countdown(-5_000)).as("never below zero").isEqualTo("00:00");
    }

    @Test
    void underADayReadsHoursToo() {
        assertThat(Labels.countdown(3_600_000)).isEqualTo("1:00:00");
        assertThat(Labels.countdown(((23 * 60 + 59) * 60 + 59) * 1000L)).isEqualTo("23:59:59");
    }
}
