package org.shelfline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.shelfline.web.pages.FullPage;
import org.shelfline.web.pages.HomePage;
import org.shelfline.web.pages.LoginPage;
import org.shelfline.web.support.Browser;
import org.shelfline.web.support.BrowserJourney;
import org.shelfline.web.support.TestDatabase;

/**
 * A brand admin sets up and publishes a fair; a shop owner (in a second browser) opens it, sees the
 * admin's announcement appear without reloading, and orders at the fair price.
 */
class FairJourneyIT extends BrowserJourney {

    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Test
    void aShopSeesAnAnnouncementLiveAndOrdersAtTheFairPrice() throws Exception {
        long warehouse = TestDatabase.count(
                "SELECT w.id FROM warehouse w JOIN distributor d ON d.id = w.distributor_id WHERE d.name = ?",
                tenants.distributorName());
        TestDatabase.stock(warehouse, tenants.skuOfA(), 100);

        LoginPage.open(driver, base).signInAs(tenants.brandAdminA(), TestDatabase.PASSWORD);
        FullPage.open(driver, base, "admin/fairs/index.xhtml", By.id("create:title"));
        ZonedDateTime now = ZonedDateTime.now(ZoneId.of("Asia/Shanghai"));
        type(driver, "create:title", "Autumn fair");
        // A browser without a date field (or a script) can send anything: the form says what is wrong and keeps the
        // rest.
        ((JavascriptExecutor) driver).executeScript("document.getElementById('create:startsAt').type = 'text';");
        type(driver, "create:startsAt", "2026-12-0");
        typeDate("create:endsAt", now.plusHours(2).format(INPUT));
        FullPage.submit(driver, driver.findElement(By.id("create:save")));
        assertThat(driver.findElements(By.cssSelector("#create .ui-message")).stream()
                        .map(WebElement::getText)
                        .filter(t -> !t.isBlank()))
                .containsExactly("Starts: pick a date and a time.");
        assertThat(driver.findElement(By.id("create:title")).getAttribute("value"))
                .isEqualTo("Autumn fair");
        assertThat(driver.findElement(By.id("create:endsAt")).getAttribute("value"))
                .isEqualTo(now.plusHours(2).format(INPUT));

        typeDate("create:startsAt", now.minusMinutes(2).format(INPUT));
        FullPage.submit(driver, driver.findElement(By.id("create:save")));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Autumn fair");
        assertThat(driver.findElement(By.id("session:startsAt")).getAttribute("value"))
                .as("the time as typed, to the minute")
                .isEqualTo(now.minusMinutes(2).format(INPUT));

        // Above the list price (36.50) is asked about once; an offer nobody has ordered can be taken off again.
        offer(tenants.skuCodeOfA(), "40", "50", "10");
        assertThat(FullPage.messages(driver)).contains("above its list price (CN¥36.50)");
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM fair_offer o JOIN fair f ON f.id = o.fair_id WHERE f.brand_id = ?",
                        tenants.brandIdA()))
                .isZero();
        offer("", "40", "50", "10");
        assertThat(FullPage.messages(driver))
                .as("no SKU typed")
                .contains("Enter the code of the SKU to put on offer.")
                .doesNotContain("null");
        offer(tenants.skuCodeOfA(), "40", "50", "10");
        assertThat(FullPage.messages(driver)).contains("is on offer");
        FullPage.submit(driver, driver.findElement(By.cssSelector("button[id$='removeOffer']")));
        assertThat(FullPage.messages(driver)).contains("The offer is removed from the fair.");
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM fair_offer o JOIN fair f ON f.id = o.fair_id WHERE f.brand_id = ?",
                        tenants.brandIdA()))
                .isZero();

        offer(tenants.skuCodeOfA(), "30", "50", "10");
        FullPage.submit(driver, driver.findElement(By.cssSelector("button[id$='editOffer']")));
        assertThat(driver.findElement(By.id("offer:price")).getAttribute("value"))
                .as("the form holds the offer to change")
                .isEqualTo("30.00");
        assertThat(driver.findElement(By.id("offer:sku")).getAttribute("value")).isEqualTo(tenants.skuCodeOfA());
        FullPage.submit(driver, driver.findElement(By.id("offer:publish")));
        assertThat(driver.findElement(By.cssSelector(".fair-status .stat-value"))
                        .getText())
                .isEqualTo("Published");
        assertThat(driver.findElement(By.id("qr")).getAttribute("naturalWidth")).isNotEqualTo("0");
        long fairId = TestDatabase.count("SELECT MAX(id) FROM fair WHERE brand_id = ?", tenants.brandIdA());

        type(driver, "session:title", " ");
        FullPage.submit(driver, driver.findElement(By.id("session:save")));
        assertThat(FullPage.messages(driver)).contains("Give the fair a title");
        assertThat(TestDatabase.text("SELECT title FROM fair WHERE id = ?", fairId))
                .as("nothing saved")
                .isEqualTo("Autumn fair");

        type(driver, "session:title", "Autumn fair, longer");
        typeDate("session:endsAt", now.plusHours(3).format(INPUT));
        FullPage.submit(driver, driver.findElement(By.id("session:save")));
        assertThat(FullPage.messages(driver)).contains("The session is saved.");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Autumn fair, longer");

        WebDriver shop = Browser.startAnother(); // the shop, at the same time as the brand
        shop.get(base + "login.xhtml");
        LoginPage.open(shop, base).signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);
        FullPage.open(shop, base, "shop/fairs.xhtml", By.id("fairs"));
        assertThat(shop.findElement(By.id("fairs")).getText())
                .contains("Autumn fair, longer")
                .contains("Open now");
        FullPage.open(shop, base, "shop/fair.xhtml?id=" + fairId, By.id("live:announcements"));
        assertThat(shop.findElement(By.id("endsIn")).getText())
                .as("counted to the second")
                .matches("Ends in 2:5\\d:\\d\\d");

        type(driver, "announce:message", "Free delivery this hour!");
        FullPage.submit(driver, driver.findElement(By.id("announce:post")));

        LoginPage.wait(shop)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("live:announcements"), "Free delivery this hour!"));
        Browser.screenshot(shop, "fair-shop-live");

        // What is left is pushed to the open page: an order placed elsewhere (here the API) shows without reload,
        // and what the shop has typed stays as it is.
        assertThat(shop.findElement(By.cssSelector(".offer-remaining")).getText())
                .isEqualTo("50");
        type(shop, "order:offers:0:cases", "2");
        orderThroughTheApi(fairId, 1);
        LoginPage.wait(shop).until(ExpectedConditions.textToBe(By.cssSelector(".offer-remaining"), "49"));
        assertThat(shop.findElement(By.id("order:offers:0:cases")).getAttribute("value"))
                .isEqualTo("2");

        // The shop's share is kept at once; the order itself waits here for the distributor's stock row.
        try (AutoCloseable held =
                TestDatabase.holdingLocks("SELECT * FROM stock WHERE sku_id = ? FOR UPDATE", tenants.skuOfA())) {
            FullPage.submit(shop, shop.findElement(By.id("order:place")));
            assertThat(shop.findElement(By.id("claimSummary")).getText()).contains("60.00");
            assertThat(shop.findElement(By.id("claimWaiting")).getText()).contains("being placed");
        }
        // Once placed, the page hears of it and shows the confirmation, the shop doing nothing.
        LoginPage.wait(shop).until(ExpectedConditions.presenceOfElementLocated(By.id("placedSummary")));
        assertThat(shop.findElement(By.tagName("main")).getText())
                .contains("60.00")
                .contains(tenants.distributorName());

        // The distributor runs out: the next order keeps its share, then is refused with the reason, which the page
        // says.
        TestDatabase.execute("UPDATE stock SET on_hand = reserved WHERE sku_id = ?", tenants.skuOfA());
        FullPage.open(shop, base, "shop/fair.xhtml?id=" + fairId, By.id("order:place"));
        assertThat(shop.findElement(By.id("myOrders")).getText())
                .as("the fair page lists the shop's orders in it")
                .contains("Your orders in this fair")
                .contains("60.00")
                .contains("Placed");
        type(shop, "order:offers:0:cases", "1");
        FullPage.submit(shop, shop.findElement(By.id("order:place")));
        LoginPage.wait(shop).until(ExpectedConditions.presenceOfElementLocated(By.id("claimRefused")));
        assertThat(shop.findElement(By.id("claimRefused")).getText())
                .contains("could not be placed")
                .contains("No distributor serving your district has enough stock of: " + tenants.skuCodeOfA())
                .contains("gone back to the fair");
        // Found again from the shop's orders, beside its placed ones.
        FullPage.open(shop, base, "shop/orders.xhtml", By.id("orders"));
        assertThat(shop.findElement(By.id("fairOrders")).getText())
                .contains("Could not be placed")
                .contains("30.00");
        FullPage.submit(shop, shop.findElement(By.cssSelector("#fairOrders .fair-order-link")));
        assertThat(shop.findElement(By.id("claimRefused")).getText()).contains("could not be placed");
        // The brand's dashboard, open all along, has caught up by itself.
        LoginPage.wait(driver)
                .until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".offer-remaining"), "47"));
        LoginPage.wait(driver).until(ExpectedConditions.textToBe(By.cssSelector(".fair-orders .stat-value"), "2"));

        assertThat(driver.findElements(By.cssSelector("button[id$='removeOffer']")))
                .as("ordered: it stays")
                .isEmpty();
        offer(tenants.skuCodeOfA(), "25", "50", "10");
        assertThat(FullPage.messages(driver)).contains("at this price already");
        offer(tenants.skuCodeOfA(), "30", "40", "10");
        assertThat(FullPage.messages(driver)).contains("can only grow");
        offer(tenants.skuCodeOfA(), "30", "80", "10");
        assertThat(FullPage.messages(driver)).contains("is on offer");
        assertThat(TestDatabase.count("SELECT allocation FROM fair_offer WHERE fair_id = ?", fairId))
                .isEqualTo(80);

        typeDate("session:startsAt", now.minusMinutes(30).format(INPUT));
        FullPage.submit(driver, driver.findElement(By.id("session:save")));
        assertThat(FullPage.messages(driver)).contains("Shops have ordered at this fair already");
        assertThat(TestDatabase.count(
                        "SELECT COUNT(*) FROM fair WHERE id = ? AND starts_at < UTC_TIMESTAMP() - INTERVAL 10 MINUTE",
                        fairId))
                .as("the start did not move")
                .isZero();
    }

    @Test
    void shopsWaitingOnTheFairsListOrTheFairPageSeeThemOpenAtTheStart() {
        fairStartingIn(5, "Midnight fair A");
        long later = fairStartingIn(20, "Midnight fair B");

        LoginPage.open(driver, base).signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);
        FullPage.open(driver, base, "shop/fairs.xhtml", By.id("fairs"));
        assertThat(fairRow("Midnight fair A")).containsPattern("Starts in 00:0\\d");
        // The list counts down in the page and reloads itself when the first fair opens.
        LoginPage.wait(driver)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(browser -> fairRow("Midnight fair A").contains("Open now"));
        assertThat(fairRow("Midnight fair B")).containsPattern("Starts in 00:\\d\\d");

        FullPage.open(driver, base, "shop/fair.xhtml?id=" + later, By.id("order:offers"));
        assertThat(driver.findElements(By.id("order:place"))).as("not open yet").isEmpty();
        String counted = driver.findElement(By.cssSelector(".fair-countdown")).getText();
        assertThat(counted).matches("Starts in 00:\\d\\d");
        LoginPage.wait(driver)
                .until(browser -> !browser.findElement(By.cssSelector(".fair-countdown"))
                        .getText()
                        .equals(counted));

        // The page opens itself at the start (plus up to 3 s, so waiting shops do not all ask at the same moment).
        LoginPage.wait(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("order:place")));
        assertThat(driver.findElement(By.id("order:offers:0:cases")).isEnabled())
                .isTrue();

        driver.manage().window().setSize(Browser.PHONE);
        FullPage.open(driver, base, "shop/fair.xhtml?id=" + later, By.id("order:place"));
        assertThat(HomePage.current(driver).overflowsHorizontally())
                .as("the fair page fits a phone")
                .isFalse();
        FullPage.open(driver, base, "shop/fairs.xhtml", By.id("fairs"));
        assertThat(HomePage.current(driver).overflowsHorizontally())
                .as("the fairs list fits a phone")
                .isFalse();
        Browser.screenshot(driver, "fair-shop-phone");
    }

    @Test
    void theSummaryByShopShowsTwentyFiveShopsAPage() {
        long fair = fairStartingIn(-60, "Busy fair");
        String id = java.util
                .UUID
                .randomUUID()
                .toString()
                .replace("-", "")
                .substring(0, 8)
                .toUpperCase();
        long district = TestDatabase.count("SELECT id FROM district WHERE code = ?", tenants.districtCode());
        for (int i = 1; i <= 26; i++) {
            long store = TestDatabase.execute(
                    "INSERT INTO store (name, owner_name, mobile, district_id, street, licence_number, "
                            + "created_at) VALUES (?, 'Fair Owner', '13800000000', ?, '1 Fair Road', ?, UTC_TIMESTAMP(6))",
                    String.format("Fair shop %s %02d", id, i),
                    district,
                    String.format("93%s%08d", id, i));
            long checkout = TestDatabase.execute(
                    "INSERT INTO checkout (store_id, brand_id, fair_id, idempotency_key, payment, total, "
                            + "placed_at, placed_by) VALUES (?, ?, ?, ?, 'CASH_ON_DELIVERY', ?, UTC_TIMESTAMP(6), 'test')",
                    store,
                    tenants.brandIdA(),
                    fair,
                    id + i,
                    new java.math.BigDecimal(20 * i));
            long order = TestDatabase.execute(
                    "INSERT INTO purchase_order (reference, checkout_id, brand_id, store_id, status, payment, "
                            + "total, delivery_district_id, delivery_address, placed_at, updated_at) VALUES (?, ?, ?, ?, 'PLACED', "
                            + "'CASH_ON_DELIVERY', ?, ?, '1 Fair Road', UTC_TIMESTAMP(6), UTC_TIMESTAMP(6))",
                    "F" + id + i,
                    checkout,
                    tenants.brandIdA(),
                    store,
                    new java.math.BigDecimal(20 * i),
                    district);
            TestDatabase.execute(
                    "INSERT INTO order_line (order_id, line_no, sku_id, sku_code, sku_name, sku_name_zh, case_pack, cases, "
                            + "case_price, line_total) VALUES (?, 1, ?, ?, 'Fair cola', 'Fair cola', 12, ?, 20.00, ?)",
                    order,
                    tenants.skuOfA(),
                    tenants.skuCodeOfA(),
                    i,
                    new java.math.BigDecimal(20 * i));
        }

        LoginPage.open(driver, base).signInAs(tenants.brandAdminA(), TestDatabase.PASSWORD);
        FullPage.open(driver, base, "admin/fairs/fair.xhtml?id=" + fair, By.id("summary:summaryStores"));
        List<String> firstPage = summaryRows();
        assertThat(firstPage).hasSize(25);
        assertThat(firstPage.get(0)).as("biggest sales first").contains("Fair shop " + id + " 26");

        WebElement firstRow = driver.findElement(By.cssSelector("#summary\\:summaryStores_data tr"));
        driver.findElement(By.cssSelector("#summary\\:summaryStores .ui-paginator-next"))
                .click();
        FullPage.waitUntilReplaced(driver, firstRow);
        assertThat(summaryRows()).hasSize(1).allSatisfy(row -> assertThat(row).contains("Fair shop " + id + " 01"));
    }

    private List<String> summaryRows() {
        return driver.findElements(By.cssSelector("#summary\\:summaryStores_data tr")).stream()
                .map(WebElement::getText)
                .toList();
    }

    private long fairStartingIn(int seconds, String title) {
        long fair = TestDatabase.execute(
                "INSERT INTO fair (brand_id, title, starts_at, ends_at, status, invitation_token, created_at) "
                        + "VALUES (?, ?, UTC_TIMESTAMP(6) + INTERVAL ? SECOND, UTC_TIMESTAMP(6) + INTERVAL 1 HOUR, 'PUBLISHED', ?, "
                        + "UTC_TIMESTAMP(6))",
                tenants.brandIdA(),
                title,
                seconds,
                java.util.UUID.randomUUID().toString().replace("-", ""));
        TestDatabase.execute(
                "INSERT INTO fair_offer (fair_id, sku_id, fair_price, allocation, store_cap) VALUES (?, ?, 20.00, 100, 3)",
                fair,
                tenants.skuOfA());
        return fair;
    }

    private String fairRow(String title) {
        return driver.findElements(By.cssSelector("#fairs_data tr")).stream()
                .map(WebElement::getText)
                .filter(row -> row.contains(title))
                .findFirst()
                .orElse("");
    }

    private void orderThroughTheApi(long fairId, int cases) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> token = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\": \"" + tenants.storeOwner()
                                + "\", \"password\": \"" + TestDatabase.PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).as(token.body()).isEqualTo(201);
        String bearer = jakarta.json.Json.createReader(new java.io.StringReader(token.body()))
                .readObject()
                .getString("token");
        HttpResponse<String> order = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/orders"))
                        .header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + bearer)
                        .header("Idempotency-Key", java.util.UUID.randomUUID().toString())
                        .POST(HttpRequest.BodyPublishers.ofString("{\"fair\": " + fairId
                                + ", \"payment\": \"CASH_ON_DELIVERY\", " + "\"lines\": [{\"sku\": \""
                                + tenants.skuCodeOfA() + "\", \"cases\": " + cases + "}]}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(order.statusCode()).as(order.body()).isEqualTo(202);
    }

    private void offer(String sku, String price, String allocation, String cap) {
        type(driver, "offer:sku", sku);
        type(driver, "offer:price", price);
        type(driver, "offer:allocation", allocation);
        type(driver, "offer:cap", cap);
        FullPage.submit(driver, driver.findElement(By.id("offer:save")));
    }

    /** Sets a date field as its picker does (typing into one follows the browser's language, 12/04/2026 in en-US). */
    private void typeDate(String id, String value) {
        ((JavascriptExecutor) driver)
                .executeScript("document.getElementById(arguments[0]).value = arguments[1];", id, value);
    }

    private static void type(WebDriver browser, String id, String value) {
        WebElement input = browser.findElement(By.id(id));
        input.clear();
        input.sendKeys(value);
    }
}
