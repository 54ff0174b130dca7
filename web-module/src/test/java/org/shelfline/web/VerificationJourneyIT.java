package org.shelfline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shelfline.web.pages.FullPage;
import org.shelfline.web.pages.HomePage;
import org.shelfline.web.pages.LoginPage;
import org.shelfline.web.pages.RegisterPage;
import org.shelfline.web.pages.StoreReviewPage;
import org.shelfline.web.support.Browser;
import org.shelfline.web.support.BrowserJourney;
import org.shelfline.web.support.TestDatabase;
import org.shelfline.web.support.TestImages;

/** A shop applies to two brands; one approves, one rejects; the shop owner sees both, in Chromium. */
class VerificationJourneyIT extends BrowserJourney {

    @Test
    void aShopIsApprovedByOneBrandAndRejectedByTheOtherAndSeesBoth() {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String shopName = "Journey Mart " + id;
        String username = "journey-" + id;

        LoginPage afterRegistering = RegisterPage.open(driver, base)
                .type("shopName", shopName)
                .type("ownerName", "Liu Fang")
                .type("mobile", "13712345678")
                .firstDistrict()
                .type("street", "18 Harbour Road")
                .type(
                        "licenceNumber",
                        ("91440300" + id.toUpperCase() + "0000000000")
                                .substring(0, 18)
                                .replaceAll("[IOSVZ]", "A"))
                .licencePhoto(TestImages.pngFile())
                .applyTo(tenants.brandNameA())
                .applyTo(tenants.brandNameB())
                .type("username", username)
                .type("password", "a-good-password")
                .submit();
        assertThat(driver.getPageSource()).contains("your application is in");

        afterRegistering.signInAs(tenants.brandAdminA(), TestDatabase.PASSWORD);
        StoreReviewPage review = StoreReviewPage.fromQueue(driver, base, shopName);
        assertThat(review.status()).isEqualTo("Waiting for verification");
        assertThat(review.showsLicencePhoto()).isTrue();
        StoreReviewPage approved = review.approveWithLimit("20000");
        assertThat(approved.status()).isEqualTo("Verified");
        assertThat(approved.history()).contains("Approved").contains(tenants.brandAdminA());
        Browser.screenshot(driver, "store-approved");
        HomePage.current(driver).signOut();

        LoginPage.open(driver, base).signInAs(tenants.brandAdminB(), TestDatabase.PASSWORD);
        StoreReviewPage rejected =
                StoreReviewPage.fromQueue(driver, base, shopName).reject("We do not deliver to your district yet.");
        assertThat(rejected.status()).isEqualTo("Rejected");
        HomePage.current(driver).signOut();

        HomePage shop = LoginPage.open(driver, base).signInAs(username, "a-good-password");
        assertThat(shop.path()).endsWith("/shop/");
        assertThat(shop.pageText())
                .contains(shopName)
                .contains(tenants.brandNameA())
                .contains("Verified")
                .contains("Standard tier")
                .contains(tenants.brandNameB())
                .contains("Rejected")
                .contains("We do not deliver to your district yet.");
        Browser.screenshot(driver, "shop-sees-decisions");
    }

    @Test
    void aLongQueueIsShownFiftyApplicationsAPage() {
        String id =
                UUID.randomUUID().toString().replace("-", "").substring(0, 8).toUpperCase();
        long district = TestDatabase.count("SELECT id FROM district WHERE code = ?", tenants.districtCode());
        for (int i = 1; i <= 55; i++) {
            long store = TestDatabase.execute(
                    "INSERT INTO store (name, owner_name, mobile, district_id, street, licence_number, "
                            + "created_at) VALUES (?, 'Queue Owner', '13800000000', ?, '1 Queue Road', ?, UTC_TIMESTAMP(6))",
                    String.format("Queue %s %02d", id, i),
                    district,
                    String.format("92%s%08d", id, i));
            TestDatabase.execute(
                    "INSERT INTO store_brand (store_id, brand_id, status, applied_at) "
                            + "VALUES (?, ?, 'APPLIED', UTC_TIMESTAMP(6))",
                    store,
                    tenants.brandIdA());
        }
        LoginPage.open(driver, base).signInAs(tenants.brandAdminA(), TestDatabase.PASSWORD);
        FullPage.open(driver, base, "admin/stores/queue.xhtml", By.id("queue:stores"));
        assertThat(queueRows()).hasSize(50);

        WebElement firstRow = driver.findElement(By.cssSelector("#queue\\:stores_data tr"));
        driver.findElement(By.cssSelector("#queue\\:stores .ui-paginator-next")).click();
        FullPage.waitUntilReplaced(driver, firstRow);

        assertThat(queueRows()).hasSize(5).allSatisfy(row -> assertThat(row).startsWith("Queue " + id));
    }

    private List<String> queueRows() {
        return driver.findElements(By.cssSelector("#queue\\:stores_data tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    @Test
    void anIncompleteApplicationGetsMessagesAndStoresNothing() {
        long storesBefore = TestDatabase.count("SELECT COUNT(*) FROM store");

        RegisterPage page = RegisterPage.open(driver, base)
                .type("mobile", "555")
                .type("licenceNumber", "123")
                .submitExpectingErrors();

        assertThat(page.allMessages())
                .contains("Shop name is required.")
                .contains("Licence photo is required.")
                .contains("Brands to apply to is required.");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM store")).isEqualTo(storesBefore);
    }

    @Test
    void everyProblemIsSaidInOneRoundAndThePhotoIsKept() {
        String id = UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        String freeLicence =
                ("91440300" + id.toUpperCase() + "0000000000").substring(0, 18).replaceAll("[IOSVZ]", "A");
        String takenLicence = freeLicence.substring(0, 17) + (freeLicence.endsWith("1") ? "2" : "1");
        TestDatabase.execute(
                "INSERT INTO store (name, owner_name, mobile, district_id, street, licence_number, created_at) "
                        + "SELECT 'Already Here Mart', 'Qian Li', '13800000000', id, '1 Old Road', ?, UTC_TIMESTAMP(6) FROM district "
                        + "WHERE code = ?",
                takenLicence,
                tenants.districtCode());
        TestDatabase.execute(
                "INSERT INTO store_brand (store_id, brand_id, status, applied_at, version) SELECT id, ?, 'APPLIED', "
                        + "UTC_TIMESTAMP(6), 0 FROM store WHERE licence_number = ?",
                tenants.brandIdA(),
                takenLicence);
        long storesBefore = TestDatabase.count("SELECT COUNT(*) FROM store");

        RegisterPage page = RegisterPage.open(driver, base)
                .type("shopName", "Second Try Mart " + id)
                .type("ownerName", "Zhao Min")
                .type("mobile", "555")
                .firstDistrict()
                .type("street", "3 Market Lane")
                .type("licenceNumber", takenLicence)
                .licencePhoto(TestImages.pngFile())
                .applyTo(tenants.brandNameA())
                .type("username", tenants.storeOwner())
                .type("password", "a-good-password")
                .submitExpectingErrors();
        // The form's own checks and a taken user name, all in the first round. A licence number used before is
        // no problem of the form's (it would tell anyone which businesses use Shelfline): the brand sees it.
        assertThat(page.allMessages())
                .contains("mobile number")
                .contains("is taken")
                .doesNotContainIgnoringCase("licence");
        assertThat(page.keptPhoto()).contains("Photo kept");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM store")).isEqualTo(storesBefore);

        LoginPage signIn = page.type("mobile", "13712345678")
                .type("username", "second-try-" + id)
                .type("password", "a-good-password")
                .submit();
        assertThat(driver.getPageSource()).contains("your application is in");
        assertThat(TestDatabase.text(
                        "SELECT licence_photo FROM store WHERE licence_number = ? AND name LIKE 'Second Try%'",
                        takenLicence))
                .as("the photo chosen in the first round is the one stored")
                .isNotBlank();
        signIn.signInAs("second-try-" + id, "a-good-password");

        // The brand sees the other application with the same licence number when it verifies this one.
        long secondTry = TestDatabase.count("SELECT id FROM store WHERE name = ?", "Second Try Mart " + id);
        driver.manage().deleteAllCookies();
        LoginPage.open(driver, base).signInAs(tenants.brandAdminA(), TestDatabase.PASSWORD);
        driver.get(base + "admin/stores/store.xhtml?id=" + secondTry);
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("[id$='sameLicence']"))
                        .getText())
                .contains("Another shop registered with this licence number")
                .contains("Already Here Mart")
                .contains("Waiting for verification");
    }
}
