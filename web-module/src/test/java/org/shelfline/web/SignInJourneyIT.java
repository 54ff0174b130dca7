package org.shelfline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.shelfline.web.pages.FullPage;
import org.shelfline.web.pages.HomePage;
import org.shelfline.web.pages.LoginPage;
import org.shelfline.web.support.Browser;
import org.shelfline.web.support.BrowserJourney;
import org.shelfline.web.support.TestDatabase;

/** Signing in and out as each role, in headless Chromium, on desktop and phone widths. */
class SignInJourneyIT extends BrowserJourney {

    @Test
    void brandAdminSignsInToTheBrandConsole() {
        HomePage home = LoginPage.open(driver, base).signInAs(tenants.brandAdminA(), TestDatabase.PASSWORD);

        assertThat(home.path()).endsWith("/admin/");
        assertThat(home.heading()).isEqualTo("Brand console");
        assertThat(home.pageText()).contains(tenants.brandNameA()).contains(tenants.skuCodeOfA());
        Browser.screenshot(driver, "brand-console");
    }

    @Test
    void shopOwnerSignsInToTheWebShop() {
        HomePage home = LoginPage.open(driver, base).signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);

        assertThat(home.path()).endsWith("/shop/");
        assertThat(home.heading()).isEqualTo("My shop");
        assertThat(home.pageText())
                .contains(tenants.storeName())
                .contains(tenants.brandNameA())
                .contains("Verified");
    }

    @Test
    void distributorSignsInToTheTaskScreen() {
        HomePage home = LoginPage.open(driver, base).signInAs(tenants.distributor(), TestDatabase.PASSWORD);

        assertThat(home.path()).endsWith("/distributor/");
        assertThat(home.heading()).isEqualTo("Distributor tasks");
        assertThat(home.pageText()).contains(tenants.distributorName()).contains(tenants.brandNameA());
    }

    @Test
    void platformAdminSignsInToThePlatformPage() {
        HomePage home = LoginPage.open(driver, base).signInAs(tenants.platformAdmin(), TestDatabase.PASSWORD);

        assertThat(home.path()).endsWith("/platform/");
        assertThat(home.heading()).isEqualTo("Platform administration");
        assertThat(home.pageText()).contains(tenants.brandNameA()).contains(tenants.brandAdminA());
    }

    @Test
    void aWrongPasswordShowsAClearMessageAndFiveLockTheNameForAWhile() {
        LoginPage login = LoginPage.open(driver, base).signInExpectingFailure(tenants.brandAdminA(), "wrong-password");

        assertThat(login.errorMessages()).isEqualTo("The user name or password is not correct.");
        assertThat(login.heading()).isEqualTo("Sign in");

        for (int attempt = 2; attempt <= 5; attempt++) {
            login = login.signInExpectingFailure(tenants.brandAdminA(), "guess-" + attempt);
        }
        LoginPage locked = login.signInExpectingFailure(tenants.brandAdminA(), TestDatabase.PASSWORD);
        assertThat(locked.errorMessages())
                .isEqualTo("Too many wrong passwords for this user name. Please try again in 15 minutes.");
    }

    @Test
    void aShopSeesTheAppsHoldingItsTokensAndRevokesOne() throws Exception {
        String till = apiToken("Corner till 2.1");
        String checker = apiToken("Price checker");
        LoginPage.open(driver, base).signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);
        FullPage.submit(driver, driver.findElement(By.id("navShopTokens")));

        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("API access");
        assertThat(driver.findElements(By.cssSelector(".token-client")))
                .extracting(e -> e.getText())
                .containsExactly("Price checker", "Corner till 2.1");
        org.openqa.selenium.WebElement row =
                driver.findElement(By.xpath("//tr[.//span[@class='token-client' and text()='Price checker']]"));
        row.findElement(By.cssSelector("button[id$='revoke']")).click();
        org.openqa.selenium.WebElement dialog = LoginPage.wait(driver)
                .until(org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated(
                        By.cssSelector(".ui-confirm-dialog")));
        FullPage.submit(driver, dialog.findElement(By.cssSelector(".ui-confirmdialog-yes")));

        assertThat(FullPage.messages(driver)).contains("Token revoked");
        assertThat(driver.findElements(By.cssSelector(".token-client")))
                .extracting(e -> e.getText())
                .containsExactly("Corner till 2.1");
        assertThat(apiStatus(checker)).as("the revoked token").isEqualTo(401);
        assertThat(apiStatus(till)).isEqualTo(200);
    }

    private String apiToken(String client) throws Exception {
        var response = java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/v1/tokens"))
                                .header("Content-Type", "application/json")
                                .header("User-Agent", client)
                                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(
                                        "{\"username\": \"" + tenants.storeOwner() + "\", \"password\": \""
                                                + TestDatabase.PASSWORD + "\"}"))
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body()))
                .readObject()
                .getString("token");
    }

    private int apiStatus(String token) throws Exception {
        return java.net.http.HttpClient.newHttpClient()
                .send(
                        java.net.http.HttpRequest.newBuilder(java.net.URI.create(base + "api/v1/tokens"))
                                .header("Authorization", "Bearer " + token)
                                .GET()
                                .build(),
                        java.net.http.HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    @Test
    void aNameLockedBySomeoneElseStillSignsInFromABrowserItSignedInFromBefore() {
        // Signed in once on the way to a protected page (the container's redirect, then back to it).
        driver.get(base + "shop/orders.xhtml");
        HomePage first = LoginPage.current(driver).signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);
        assertThat(first.path()).endsWith("/shop/orders.xhtml");
        org.openqa.selenium.Cookie device = driver.manage().getCookieNamed("SHELFLINE_DEVICE");
        assertThat(device).as("this browser is now known").isNotNull();
        assertThat(device.isHttpOnly()).isTrue();

        // Someone else, elsewhere, locks the name.
        driver.manage().deleteAllCookies();
        LoginPage login = LoginPage.open(driver, base);
        for (int attempt = 1; attempt <= 5; attempt++) {
            login = login.signInExpectingFailure(tenants.storeOwner(), "guess-" + attempt);
        }
        assertThat(login.signInExpectingFailure(tenants.storeOwner(), TestDatabase.PASSWORD)
                        .errorMessages())
                .contains("Too many wrong passwords");

        // The owner's own browser still gets in; a forged or another user's cookie does not.
        driver.manage()
                .addCookie(new org.openqa.selenium.Cookie(
                        "SHELFLINE_DEVICE",
                        device.getValue()
                                .replaceFirst(
                                        "^[^.]+",
                                        java.util.Base64.getUrlEncoder()
                                                .withoutPadding()
                                                .encodeToString(
                                                        tenants.brandAdminA().getBytes())),
                        device.getPath()));
        assertThat(LoginPage.open(driver, base)
                        .signInExpectingFailure(tenants.storeOwner(), TestDatabase.PASSWORD)
                        .errorMessages())
                .contains("Too many wrong passwords");
        driver.manage().deleteAllCookies();
        driver.manage().addCookie(device);
        HomePage home = LoginPage.open(driver, base).signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);
        assertThat(home.path()).endsWith("/shop/");
    }

    @Test
    void signOutReturnsToTheSignInPage() {
        HomePage home = LoginPage.open(driver, base).signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);

        home.signOut();
        driver.get(base + "shop/");

        assertThat(driver.getCurrentUrl()).contains("login.xhtml");
    }

    @Test
    void theLanguageSwitchShowsChineseAndKeepsItAfterSignIn() {
        LoginPage login = LoginPage.open(driver, base).switchToChinese();
        assertThat(login.heading()).isEqualTo("登录");

        HomePage home = login.signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);

        assertThat(home.heading()).isEqualTo("我的门店");
        assertThat(home.pageText()).contains("已认证");
    }

    @Test
    void onAPhoneThePagesFitTheScreen() {
        driver.manage().window().setSize(Browser.PHONE);

        LoginPage login = LoginPage.open(driver, base);
        Browser.screenshot(driver, "phone-login");
        HomePage home = login.signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);

        assertThat(home.overflowsHorizontally()).isFalse();
        assertThat(home.signedInAs()).isEqualTo(tenants.storeOwner());
        assertThat(home.menuFolded())
                .as("on a phone the menu folds behind its button")
                .isTrue();
        int folded = driver.findElement(org.openqa.selenium.By.tagName("header"))
                .getSize()
                .getHeight();
        assertThat(folded).as("the folded header is one row").isLessThan(70);
        Browser.screenshot(driver, "phone-shop-home");
        home.openMenu();
        assertThat(driver.findElement(org.openqa.selenium.By.id("navCart")).isDisplayed())
                .isTrue();
        Browser.screenshot(driver, "phone-shop-menu");
        driver.findElement(org.openqa.selenium.By.id("navCart")).click();
        LoginPage.wait(driver).until(org.openqa.selenium.support.ui.ExpectedConditions.urlContains("shop/cart"));
        assertThat(HomePage.current(driver).menuFolded())
                .as("the next page starts folded again")
                .isTrue();
    }

    @Test
    void thePlatformAdminAddsADistributorWhoseDispatcherThenSignsIn() {
        String id = java.util.UUID.randomUUID().toString().substring(0, 8);
        LoginPage.open(driver, base).signInAs(tenants.platformAdmin(), TestDatabase.PASSWORD);
        FullPage.open(driver, base, "platform/distributors.xhtml", By.id("newDistributor:code"));
        type("newDistributor:code", "NEW" + id);
        type("newDistributor:nameEn", "Newcomer Logistics " + id);
        type("newDistributor:nameZh", "新来物流");
        type("newDistributor:warehouseCode", "W1");
        type("newDistributor:warehouseName", "Harbour depot");
        new org.openqa.selenium.support.ui.Select(
                        driver.findElement(org.openqa.selenium.By.id("newDistributor:district")))
                .selectByIndex(1);
        type("newDistributor:username", "newcomer-" + id);
        type("newDistributor:password", "a-strong-secret");
        driver.findElement(org.openqa.selenium.By.id("newDistributor:create")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(driver, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                        org.openqa.selenium.By.id("warehouses_data"), "Harbour depot"));
        HomePage.current(driver).signOut();

        HomePage dispatcher = LoginPage.open(driver, base).signInAs("newcomer-" + id, "a-strong-secret");

        assertThat(dispatcher.path()).endsWith("/distributor/");
        assertThat(dispatcher.pageText()).contains("Newcomer Logistics " + id).contains("Harbour depot");
    }

    private void type(String id, String value) {
        driver.findElement(org.openqa.selenium.By.id(id)).sendKeys(value);
    }
}
