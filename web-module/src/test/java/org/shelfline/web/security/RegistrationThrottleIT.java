package org.shelfline.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.shelfline.web.pages.RegisterPage;
import org.shelfline.web.support.BrowserJourney;
import org.shelfline.web.support.TestDatabase;

/**
 * One address may submit the registration form 20 times an hour; after that it is told to wait, and told
 * nothing else, not even whether a user name is taken. (A class of its own: its server's budget for this
 * machine's address is spent here, not in the other journeys.)
 */
class RegistrationThrottleIT extends BrowserJourney {

    @Test
    void theTwentyFirstSubmitFromOneAddressIsToldToWaitAndNothingElse() {
        RegisterPage page = RegisterPage.open(driver, base);
        for (int i = 0; i < 20; i++) {
            page = page.type("username", tenants.storeOwner()).submitExpectingErrors();
            assertThat(page.allMessages())
                    .as("submit " + (i + 1))
                    .contains("is taken")
                    .doesNotContain("Too many");
        }
        long storesBefore = TestDatabase.count("SELECT COUNT(*) FROM store");

        page = page.type("username", tenants.storeOwner()).submitExpectingErrors();

        assertThat(page.allMessages())
                .contains("Too many applications were sent from your connection")
                .contains("minutes")
                .doesNotContain("is taken");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM store")).isEqualTo(storesBefore);
    }
}
