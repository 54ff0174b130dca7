package org.shelfline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestDatabase.Tenants;
import org.shelfline.web.support.WebClient;
import org.shelfline.web.support.WebClient.Page;

/**
 * Sign-in, role separation and tenant scoping over HTTP, against Shelfline on Payara Micro and MariaDB.
 * Each test makes its own organisations and users.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.shelfline();
    }

    @ArquillianResource
    URL base;

    private Tenants tenants;
    private WebClient web;

    @BeforeEach
    void setUp() {
        tenants = TestDatabase.twoBrands();
        web = new WebClient(base);
    }

    @Test
    void eachRoleSignsInAndLandsOnItsOwnHome() {
        assertHome(tenants.brandAdminA(), "admin/", "Brand console", tenants.brandNameA());
        assertHome(tenants.storeOwner(), "shop/", "My shop", tenants.storeName());
        assertHome(tenants.distributor(), "distributor/", "Distributor tasks", tenants.distributorName());
        assertHome(tenants.platformAdmin(), "platform/", "Platform administration", tenants.brandNameA());
    }

    private void assertHome(String username, String homePath, String heading, String organisationName) {
        WebClient client = new WebClient(base);
        Page afterSignIn = client.signIn(username, TestDatabase.PASSWORD);
        assertThat(afterSignIn.isRedirect())
                .as("sign-in of %s redirects", username)
                .isTrue();

        Page home = client.open("home");
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.uri().getPath()).endsWith("/" + homePath);
        assertThat(home.heading()).isEqualTo(heading);
        assertThat(home.body()).contains(organisationName);
        assertThat(home.text("#signedInAs")).isEqualTo(username);
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM user_account WHERE username = ? AND last_sign_in_at IS NOT NULL",
                        username))
                .isEqualTo(1);
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameClearMessageAndStaySignedOut() {
        for (String[] attempt : new String[][] {
            {tenants.brandAdminA(), "not-the-password"}, {"nobody-" + tenants.storeName(), TestDatabase.PASSWORD}
        }) {
            Page page = web.signIn(attempt[0], attempt[1]);
            assertThat(page.status()).isLessThan(500);
            assertThat(page.isRedirect()).isFalse();
            assertThat(page.text(".ui-messages-error")).isEqualTo("The user name or password is not correct.");
            assertNoStackTrace(page);
            assertThat(web.get("admin/").location()).contains("login.xhtml");
        }
    }

    @Test
    void emptyAndOverLongInputIsRefusedWithMessagesNotErrors() {
        Page empty = web.signIn("", "");
        assertThat(empty.status()).isEqualTo(200);
        assertThat(empty.body()).contains("User name is required.").contains("Password is required.");

        Page huge = web.signIn("x".repeat(100_000), "y".repeat(100_000));
        assertThat(huge.status()).isLessThan(500);
        assertNoStackTrace(huge);
        assertThat(web.get("shop/").location()).contains("login.xhtml");
    }

    @Test
    void anonymousRequestsToEveryAreaAreSentToSignIn() {
        for (String area :
                new String[] {"admin/", "shop/", "distributor/", "platform/", "admin/catalog/sku.xhtml?id=1"}) {
            Page page = web.get(area);
            assertThat(page.status()).as(area).isEqualTo(302);
            assertThat(page.location()).as(area).contains("login.xhtml");
        }
    }

    @Test
    void signingInFromAProtectedLinkReturnsToThatPage() {
        String skuPage = "admin/catalog/sku.xhtml?id=" + tenants.skuOfA();
        assertThat(web.get(skuPage).location()).contains("login.xhtml");

        Page afterSignIn = web.signIn(tenants.brandAdminA(), TestDatabase.PASSWORD);

        assertThat(afterSignIn.location()).contains("admin/catalog/sku.xhtml");
        assertThat(web.open(afterSignIn.location()).text("#skuCode")).isEqualTo(tenants.skuCodeOfA());
    }

    @Test
    void aRoleCannotOpenAnotherRolesPages() {
        Map<String, String> homeOf = Map.of(
                tenants.brandAdminA(), "admin/",
                tenants.storeOwner(), "shop/",
                tenants.distributor(), "distributor/",
                tenants.platformAdmin(), "platform/");
        homeOf.forEach((user, home) -> {
            WebClient client = new WebClient(base);
            client.signIn(user, TestDatabase.PASSWORD);
            for (String area : homeOf.values()) {
                Page page = client.get(area);
                if (area.equals(home)) {
                    assertThat(page.status()).as("%s opens %s", user, area).isEqualTo(200);
                } else {
                    assertThat(page.status()).as("%s opens %s", user, area).isEqualTo(403);
                    assertThat(page.heading()).isEqualTo("Not allowed");
                }
            }
        });
    }

    @Test
    void aBrandAdminGetsNotFoundForAnotherBrandsSku() {
        web.signIn(tenants.brandAdminA(), TestDatabase.PASSWORD);

        Page own = web.get("admin/catalog/sku.xhtml?id=" + tenants.skuOfA());
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text("#skuCode")).isEqualTo(tenants.skuCodeOfA());

        Page other = web.get("admin/catalog/sku.xhtml?id=" + tenants.skuOfB());
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.heading()).isEqualTo("Not found");
        assertThat(other.body()).doesNotContain("Beta chips");

        for (String badId : new String[] {"abc", "-1", "99999999999999999999", ""}) {
            assertThat(web.get("admin/catalog/sku.xhtml?id=" + badId).status())
                    .as("id=%s", badId)
                    .isEqualTo(404);
        }
    }

    @Test
    void aShopGetsNotFoundForAnotherShopsFairOrder() {
        long fair = TestDatabase.execute(
                "INSERT INTO fair (brand_id, title, starts_at, ends_at, status, invitation_token, created_at) "
                        + "VALUES (?, 'Web fair', UTC_TIMESTAMP(6) - INTERVAL 1 MINUTE, UTC_TIMESTAMP(6) + INTERVAL 1 HOUR, 'PUBLISHED', ?, "
                        + "UTC_TIMESTAMP(6))",
                tenants.brandIdA(),
                java.util.UUID.randomUUID().toString().replace("-", ""));
        TestDatabase.execute(
                "INSERT INTO fair_offer (fair_id, sku_id, fair_price, allocation, store_cap) VALUES (?, ?, 20.00, 100, 3)",
                fair,
                tenants.skuOfA());
        long claim = TestDatabase.execute(
                "INSERT INTO fair_claim (fair_id, store_id, idempotency_key, payment, total, claimed_at, "
                        + "claimed_by, status, refusal_code, refusal_args, settled_at) VALUES (?, ?, 'web', 'CASH_ON_DELIVERY', 40.00, "
                        + "UTC_TIMESTAMP(6), ?, 'REFUSED', 'order.cannotFill', ?, UTC_TIMESTAMP(6))",
                fair,
                tenants.storeId(),
                tenants.storeOwner(),
                tenants.skuCodeOfA());
        TestDatabase.execute(
                "INSERT INTO fair_claim_line (claim_id, sku_id, sku_code, cases, case_price) VALUES (?, ?, ?, 2, 20.00)",
                claim,
                tenants.skuOfA(),
                tenants.skuCodeOfA());
        web.signIn(tenants.storeOwner(), TestDatabase.PASSWORD);

        Page own = web.get("shop/fair-order.xhtml?claim=" + claim);
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.text("#claimRefused"))
                .contains("No distributor serving your district has enough stock of: " + tenants.skuCodeOfA());

        WebClient otherShop = new WebClient(base);
        otherShop.signIn(TestDatabase.twoBrands().storeOwner(), TestDatabase.PASSWORD);
        Page other = otherShop.get("shop/fair-order.xhtml?claim=" + claim);
        assertThat(other.status()).isEqualTo(404);
        assertThat(other.heading()).isEqualTo("Not found");
        assertThat(other.body()).doesNotContain(tenants.skuCodeOfA());
        for (String badId : new String[] {"abc", "-1", "99999999999999999999", ""}) {
            assertThat(web.get("shop/fair-order.xhtml?claim=" + badId).status())
                    .as("claim=%s", badId)
                    .isEqualTo(404);
        }
    }

    @Test
    void aBrandAdminSeesOnlyTheirOwnBrandsFigures() {
        web.signIn(tenants.brandAdminB(), TestDatabase.PASSWORD);

        Page home = web.open("admin/");

        assertThat(home.body()).contains(tenants.brandNameB()).doesNotContain(tenants.brandNameA());
        assertThat(home.text(".stat-published .stat-value")).isEqualTo("1");
        assertThat(home.body()).doesNotContain(tenants.skuCodeOfA());
    }

    @Test
    void signOutEndsTheSession() {
        web.signIn(tenants.storeOwner(), TestDatabase.PASSWORD);
        Page shop = web.open("shop/");
        assertThat(shop.status()).isEqualTo(200);

        Page signedOut = web.submit(shop, "headerForm", Map.of(), "headerForm:signOut");

        assertThat(signedOut.location()).contains("login.xhtml?signedOut=true");
        assertThat(web.open(signedOut.location()).text("#signedOutNotice")).isEqualTo("You have signed out.");
        assertThat(web.get("shop/").location()).contains("login.xhtml");
    }

    @Test
    void aFormPostWithoutValidViewStateChangesNothing() {
        Page login = web.get("login.xhtml");
        Page forged = web.post(
                web.resolve("login.xhtml"),
                Map.of(
                        "signInForm", "signInForm",
                        "signInForm:username", tenants.brandAdminA(),
                        "signInForm:password", TestDatabase.PASSWORD,
                        "signInForm:submit", "",
                        "jakarta.faces.ViewState", "-1:-1"));

        assertThat(login.status()).isEqualTo(200);
        assertThat(forged.status()).isLessThan(500);
        assertThat(web.get("admin/").location()).contains("login.xhtml");
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM user_account WHERE username = ? AND last_sign_in_at IS NOT NULL",
                        tenants.brandAdminA()))
                .isZero();
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSite() {
        Page login = web.get("login.xhtml");

        assertThat(web.cookieHeaders(login))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("SHELFLINE_SESSION=")
                        .containsIgnoringCase("HttpOnly")
                        .containsIgnoringCase("SameSite=Lax"));
    }

    @Test
    void unknownPagesGetTheFriendlyNotFoundPage() {
        Page page = web.get("no-such-page.xhtml");

        assertThat(page.status()).isEqualTo(404);
        assertThat(page.heading()).isEqualTo("Not found");
        assertNoStackTrace(page);
    }

    @Test
    void chineseBrowsersGetChinesePages() {
        Page page = web.getInLanguage("login.xhtml", "zh-CN,zh;q=0.9");

        assertThat(page.heading()).isEqualTo("登录");
    }

    @Test
    void readinessReportsTheDatabaseUp() {
        Page health = web.get(base.getProtocol() + "://" + base.getAuthority() + "/health/ready");

        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body()).contains("\"database\"").contains("\"UP\"");
    }

    @Test
    void aFairsInvitationLinkSaysWhoseFairItIsAndWhatToDoAndCountsItsVisits() {
        String token = java.util.UUID.randomUUID().toString().replace("-", "");
        long fair = TestDatabase.execute(
                "INSERT INTO fair (brand_id, title, starts_at, ends_at, status, invitation_token, created_at) "
                        + "VALUES (?, 'Spring tea fair', UTC_TIMESTAMP(6) + INTERVAL 1 DAY, UTC_TIMESTAMP(6) + INTERVAL 2 DAY, 'PUBLISHED', ?, "
                        + "UTC_TIMESTAMP(6))",
                tenants.brandIdA(),
                token);
        String link = "fair-invitation.xhtml?id=" + fair + "&invitation=" + token;

        Page signedOut = web.open(link);
        assertThat(signedOut.status()).isEqualTo(200);
        assertThat(signedOut.text("#invitationWho"))
                .contains(tenants.brandNameA())
                .contains("Spring tea fair");
        assertThat(signedOut.document().getElementById("signInToJoin")).isNotNull();
        assertThat(signedOut.document().getElementById("applyLink")).isNotNull();

        WebClient invitedShop = new WebClient(base);
        invitedShop.signIn(tenants.storeOwner(), TestDatabase.PASSWORD);
        Page invited = invitedShop.open(link);
        assertThat(invited.document().getElementById("openFair"))
                .as("an invited shop opens the fair")
                .isNotNull();

        Tenants others = TestDatabase.twoBrands();
        WebClient strangerShop = new WebClient(base);
        strangerShop.signIn(others.storeOwner(), TestDatabase.PASSWORD);
        assertThat(strangerShop.open(link).text("#notVerified"))
                .as("a shop the brand has not verified")
                .contains(tenants.brandNameA());

        TestDatabase.execute("UPDATE fair SET invited_region = 'ZZ' WHERE id = ?", fair);
        assertThat(invitedShop.open(link).text("#notInvited"))
                .as("a customer outside the invited region")
                .contains("invitation");

        assertThat(web.open("fair-invitation.xhtml?id=" + fair + "&invitation=wrong")
                        .status())
                .isEqualTo(404);
        assertThat(web.open("fair-invitation.xhtml?id=" + fair).status()).isEqualTo(404);
        assertThat(web.open("fair-invitation.xhtml?id=x&invitation=" + token).status())
                .isEqualTo(404);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM fair_invitation_visit WHERE fair_id = ?", fair))
                .isEqualTo(4);
        assertThat(TestDatabase.count(
                        "SELECT COUNT(DISTINCT store_id) FROM fair_invitation_visit WHERE fair_id = ?", fair))
                .isEqualTo(2);
    }

    /** Error output must never reach the user: no "Caused by", no Java stack frames. */
    private static void assertNoStackTrace(Page page) {
        assertThat(page.body())
                .doesNotContain("Caused by")
                .doesNotContainPattern("at [\\w.$]+\\([\\w$]+\\.java:\\d+\\)");
    }
}
