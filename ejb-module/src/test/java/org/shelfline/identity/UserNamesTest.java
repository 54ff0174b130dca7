package org.shelfline.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Look-alike spellings of a name are the one name the accounts table takes them for. */
class UserNamesTest {

    @Test
    void accentsWidthAndCaseFoldToTheOneSpelling() {
        assertThat(UserNames.canonical("störe05")).contains("store05");
        assertThat(UserNames.canonical("stôre05")).contains("store05");
        assertThat(UserNames.canonical("ｓtore05")).as("full-width letters").contains("store05");
        assertThat(UserNames.canonical(" STORE05 ")).contains("store05");
        assertThat(UserNames.key("ＳＴＯＲＥ０５")).isEqualTo("store05");
    }

    @Test
    void whatNoAccountMayBeCalledIsNoName() {
        assertThat(UserNames.canonical("store 05")).isEmpty();
        assertThat(UserNames.canonical("门店05")).isEmpty();
        assertThat(UserNames.canonical("")).isEmpty();
        assertThat(UserNames.canonical(null)).isEmpty();
        assertThat(UserNames.canonical("a".repeat(65))).isEmpty();
        assertThat(UserNames.key("门店05")).as("still counted, under itself").isEqualTo("门店05");
    }
}
