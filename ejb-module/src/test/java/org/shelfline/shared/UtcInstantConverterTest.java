package org.shelfline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

class UtcInstantConverterTest {

    private final UtcInstantConverter converter = new UtcInstantConverter();

    @Test
    void storesUtcWallClockWhateverTheJvmZone() {
        TimeZone original = TimeZone.getDefault();
        try {
            TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
            Instant instant = Instant.parse("2026-03-01T16:30:00.123456Z");

            LocalDateTime stored = converter.convertToDatabaseColumn(instant);

            assertThat(stored).isEqualTo(LocalDateTime.parse("2026-03-01T16:30:00.123456"));
            assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(instant);
        } finally {
            TimeZone.setDefault(original);
        }
    }

    @Test
    void keepsNullsNull() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
