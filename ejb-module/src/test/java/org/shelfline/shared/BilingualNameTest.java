package org.shelfline.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualNameTest {

    @Test
    void showsTheNameInTheReadersLanguage() {
        BilingualName name = new BilingualName(" Jasmine green tea ", "茉莉绿茶");

        assertThat(name.in(Locale.ENGLISH)).isEqualTo("Jasmine green tea");
        assertThat(name.in(Locale.SIMPLIFIED_CHINESE)).isEqualTo("茉莉绿茶");
        assertThat(name.in(Locale.GERMAN)).isEqualTo("Jasmine green tea");
    }

    @Test
    void requiresBothLanguagesAndComparesByValue() {
        assertThatThrownBy(() -> new BilingualName("Tea", " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BilingualName(null, "茶")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new BilingualName("Tea", "茶"))
                .isEqualTo(new BilingualName("Tea ", "茶"))
                .hasSameHashCodeAs(new BilingualName("Tea", "茶"))
                .isNotEqualTo(new BilingualName("Tea", "红茶"));
    }
}
