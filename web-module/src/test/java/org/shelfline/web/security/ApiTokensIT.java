package org.shelfline.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.shelfline.web.support.TestCallerIdentity.as;

import jakarta.inject.Inject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfline.identity.AccountService;
import org.shelfline.identity.ApiToken;
import org.shelfline.identity.ApiTokens;
import org.shelfline.shared.AccessDeniedException;
import org.shelfline.shared.NotFoundException;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.TestClock;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestDatabase.Tenants;

/** API tokens: each account sees and revokes only its own, holds a bounded number, and loses them all when deactivated. */
@ExtendWith(ArquillianExtension.class)
class ApiTokensIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.withTests(ApiTokensIT.class);
    }

    @Inject
    ApiTokens tokens;

    @Inject
    AccountService accounts;

    @Inject
    TestClock clock;

    private Tenants tenants;

    @AfterEach
    void putTheClockBack() {
        clock.reset();
    }

    @BeforeEach
    void setUp() {
        tenants = TestDatabase.twoBrands();
    }

    @Test
    void aShopSeesItsOwnTokensWithTheirClientAndOnlyItCanRevokeThem() {
        String till =
                tokens.issue(tenants.storeOwner(), "Corner till 2.1\u0007").token();
        tokens.issue(tenants.storeOwner(), null);
        tokens.issue(tenants.brandAdminA(), "curl/8.5");

        var mine = as(tenants.storeOwner(), () -> tokens.mine());
        assertThat(mine).extracting(ApiToken::getClient).containsExactly(null, "Corner till 2.1");
        long tillId = mine.get(1).getId();

        assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> tokens.revoke(tillId)))
                .isInstanceOf(NotFoundException.class);
        assertThat(tokens.callerFor(till))
                .as("still live after another account tried")
                .isPresent();
        as(tenants.storeOwner(), () -> tokens.revoke(tillId));
        assertThat(tokens.callerFor(till)).isEmpty();
        assertThat(as(tenants.storeOwner(), () -> tokens.mine())).hasSize(1);
    }

    @Test
    void anAccountHoldsTwentyLiveTokensAtMostTheOldestEndsFirst() {
        String first = tokens.issue(tenants.storeOwner(), "script").token();
        for (int i = 0; i < ApiTokens.MAX_LIVE_PER_ACCOUNT; i++) {
            tokens.issue(tenants.storeOwner(), "script");
        }
        assertThat(as(tenants.storeOwner(), () -> tokens.mine())).hasSize(ApiTokens.MAX_LIVE_PER_ACCOUNT);
        assertThat(tokens.callerFor(first)).isEmpty();
    }

    @Test
    void expiredTokensArePurged() {
        tokens.issue(tenants.storeOwner(), "old app");
        String ownersTokens =
                "SELECT COUNT(*) FROM api_token t JOIN user_account u ON u.id = t.user_id WHERE u.username = ?";
        clock.advance(ApiTokens.LIFETIME.minusMinutes(1));
        tokens.purgeExpired();
        assertThat(TestDatabase.count(ownersTokens, tenants.storeOwner()))
                .as("a minute before it expires")
                .isEqualTo(1);

        clock.advance(java.time.Duration.ofMinutes(2));

        assertThat(tokens.purgeExpired()).isPositive();
        assertThat(TestDatabase.count(ownersTokens, tenants.storeOwner())).isZero();
    }

    @Test
    void deactivatingAnAccountEndsItsTokensAtOnceAndOnlyThePlatformMayDoIt() {
        String token = tokens.issue(tenants.storeOwner(), "till").token();
        assertThatThrownBy(() -> as(tenants.brandAdminA(), () -> accounts.deactivate(tenants.storeOwner())))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(tokens.callerFor(token)).isPresent();

        as(tenants.platformAdmin(), () -> accounts.deactivate(tenants.storeOwner()));

        assertThat(tokens.callerFor(token)).isEmpty();
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM api_token t JOIN user_account u ON u.id = t.user_id WHERE u.username = ?",
                        tenants.storeOwner()))
                .isZero();
        assertThat(accounts.exists(tenants.storeOwner()))
                .as("can no longer sign in")
                .isFalse();
        assertThat(TestDatabase.text(
                        "SELECT a.detail FROM audit_event a JOIN user_account u ON u.id = a.subject_id "
                                + "WHERE a.subject_type = 'ACCOUNT' AND a.action = 'DEACTIVATED' AND u.username = ?",
                        tenants.storeOwner()))
                .isEqualTo("active: true -> false");
    }
}
