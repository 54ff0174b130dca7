package org.shelfline.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.TargetsContainer;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfline.web.support.Deployments;
import org.shelfline.web.support.WebClient;
import org.shelfline.web.support.WebClient.Page;

/**
 * What a newcomer meets first: Shelfline on the README's demo data, in a database of its own
 * ({@value #DEMO_DATABASE}, made afresh for this class and migrated by the application with the demo data on).
 * Every demo account signs in and opens every page reachable from its menu and its lists, in English and in
 * Chinese; none may answer an error page, a 5xx or a missing text. The everyday shop actions that broke on
 * the demo data (a search that finds nothing, a quick order with a bad line) are driven here too.
 */
@ExtendWith({ArquillianExtension.class, org.shelfline.web.support.EvidenceOnFailure.class})
class DemoDataPagesIT {

    static final String DEMO_DATABASE = "shelfline_demo";
    static final String DEMO_PASSWORD = "demo1234";

    /** Pages with the same path but other ids (one per order, store, SKU): a few show that the page works. */
    private static final int VARIANTS_PER_PAGE = 4;

    private static final int PAGES_PER_ACCOUNT = 120;

    private static final List<String> ACCOUNTS = Stream.concat(
                    Stream.of("platform", "freshco.admin", "golden.admin", "pearlriver", "southgate", "tianhe"),
                    IntStream.rangeClosed(1, 20).mapToObj(n -> String.format("store%02d", n)))
            .toList();

    @Deployment(testable = false)
    @TargetsContainer("payara-micro-demo")
    static WebArchive deployment() {
        try (Connection c = DriverManager.getConnection(serverUrl(""), "root", "")) {
            c.createStatement().execute("DROP DATABASE IF EXISTS " + DEMO_DATABASE);
            c.createStatement()
                    .execute("CREATE DATABASE " + DEMO_DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot make the demo database", e);
        }
        // The container "payara-micro-demo" (arquillian.xml) points the application at this database, demo data on.
        return Deployments.shelfline();
    }

    @ArquillianResource
    URL base;

    private static org.openqa.selenium.WebDriver driver;

    @org.junit.jupiter.api.AfterAll
    static void stopBrowser() {
        if (driver != null) {
            org.shelfline.web.support.Browser.quit(driver);
            driver = null;
        }
    }

    /**
     * The first-contact journey in a browser: a shop on net-15 credit terms searches (once for nothing), quick-orders
     * with a bad line, checks out on credit; its distributor delivers one case short; the shop sees what it is to
     * pay and the invoice, reports a damaged case and gets a credit note, the invoice unchanged; the brand opens
     * the store's page and credit account.
     */
    @Test
    void aCreditShopOrdersTheDistributorDeliversShortAndTheMoneyAddsUp() throws SQLException {
        driver = org.shelfline.web.support.Browser.start();
        String shopUser = "store05";
        long store = demoCount("SELECT store_id FROM user_account WHERE username = '" + shopUser + "'");
        assertThat(demoText("SELECT credit_terms FROM store_brand b JOIN brand r ON r.id = b.brand_id "
                        + "WHERE r.code = 'FRESHCO' AND b.store_id = " + store))
                .isEqualTo("NET_15");

        org.shelfline.web.pages.LoginPage.open(driver, base).signInAs(shopUser, DEMO_PASSWORD);
        org.shelfline.web.pages.ShopPages shop = new org.shelfline.web.pages.ShopPages(driver, base);
        driver.manage().window().setSize(org.shelfline.web.support.Browser.PHONE);
        shop.searchCatalogue("tea");
        int rows = driver.findElements(org.openqa.selenium.By.cssSelector("tr.sku-row"))
                .size();
        long height = ((Number) ((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript(
                                "return document.getElementById('results:items').getBoundingClientRect().height;"))
                .longValue();
        org.shelfline.web.support.Browser.screenshot(driver, "demo-catalogue-phone");
        assertThat(rows).isPositive();
        assertThat(height / rows)
                .as("pixels a product takes on a phone (%d products, %d px)", rows, height)
                .isLessThan(260);
        assertThat(org.shelfline.web.pages.HomePage.current(driver).overflowsHorizontally())
                .isFalse();
        driver.manage().window().setSize(org.shelfline.web.support.Browser.DESKTOP);
        assertThat(shop.searchCatalogue("xyzzy").pageText()).contains("Nothing matches that search");
        assertThat(shop.searchCatalogue("FC-0001").catalogueRow("FC-0001")).contains("Jasmine green tea");
        shop.searchCatalogue("");
        new org.openqa.selenium.support.ui.Select(driver.findElement(org.openqa.selenium.By.id("search:category")))
                .selectByVisibleText("Juice");
        org.shelfline.web.pages.FullPage.submit(driver, driver.findElement(org.openqa.selenium.By.id("search:find")));
        String juices = demoText(
                "SELECT GROUP_CONCAT(k.code) FROM sku k JOIN category c ON c.id = k.category_id "
                        + "JOIN brand b ON b.id = k.brand_id WHERE b.code = 'FRESHCO' AND c.code = 'JUICE' AND k.status = 'PUBLISHED'");
        assertThat(driver.findElements(org.openqa.selenium.By.cssSelector("tr.sku-row .sku-code")).stream()
                        .map(org.openqa.selenium.WebElement::getText))
                .as("the category filter shows the juices only")
                .isNotEmpty()
                .allSatisfy(code -> assertThat(List.of(juices.split(","))).contains(code));

        shop.quickOrder("FC-0001 2\nNOPE-1 1");
        assertThat(shop.messages()).contains("NOPE-1");
        assertThat(driver.findElement(org.openqa.selenium.By.id("quick:quickLines"))
                        .getAttribute("value"))
                .isEqualTo("NOPE-1 1");
        assertThat(shop.quickOrder("FC-0002 1").messages()).contains("All lines were added");
        shop.openCart().placeOrder("CREDIT");
        assertThat(shop.heading()).isEqualTo("Order placed");
        String reference = demoText(
                "SELECT reference FROM purchase_order WHERE store_id = " + store + " ORDER BY id DESC LIMIT 1");
        long order = demoCount("SELECT id FROM purchase_order WHERE reference = '" + reference + "'");
        assertThat(demoCount("SELECT COUNT(*) FROM order_line WHERE order_id = " + order))
                .as("two lines, each once")
                .isEqualTo(2);
        String dispatcher = demoText(
                "SELECT u.username FROM user_account u JOIN purchase_order o ON o.distributor_id = u.distributor_id "
                        + "WHERE o.id = " + order + " ORDER BY u.id LIMIT 1");

        org.shelfline.web.pages.HomePage.current(driver).signOut().signInAs(dispatcher, DEMO_PASSWORD);
        org.shelfline.web.pages.DistributorPages distributor =
                new org.shelfline.web.pages.DistributorPages(driver, base).openInbox();
        distributor.openOrder(reference).click("accept");
        distributor.click("ship");
        assertThat(distributor.orderStatus()).isEqualTo("Shipped");
        String ordered = demoText("SELECT total FROM purchase_order WHERE id = " + order);
        assertThat(distributor.pageText()).contains(ordered);
        distributor.deliveredOnFirstLine("1", "0").click("recordDelivery");
        assertThat(distributor.orderStatus()).isEqualTo("Partially delivered");
        String billed = demoText("SELECT amount FROM invoice WHERE order_id = " + order);
        assertThat(driver.findElement(org.openqa.selenium.By.id("orderPayable")).getText())
                .contains(billed);

        org.shelfline.web.pages.HomePage.current(driver).signOut().signInAs(shopUser, DEMO_PASSWORD);
        shop.openOrder(reference);
        assertThat(driver.findElement(org.openqa.selenium.By.id("orderPayable")).getText())
                .contains(billed);
        assertThat(driver.findElement(org.openqa.selenium.By.id("invoiceLink")).getText())
                .contains("INV-" + reference);
        // The second line's case arrived damaged: the shop says so afterwards.
        List<org.openqa.selenium.WebElement> damaged =
                driver.findElements(org.openqa.selenium.By.cssSelector("input.damaged-input"));
        damaged.get(1).clear();
        damaged.get(1).sendKeys("1");
        org.openqa.selenium.WebElement before = driver.findElement(org.openqa.selenium.By.tagName("html"));
        driver.findElement(org.openqa.selenium.By.id("order:confirmDelivery")).click();
        org.shelfline.web.pages.FullPage.waitUntilReplaced(driver, before);
        assertThat(driver.findElement(org.openqa.selenium.By.cssSelector("a.credit-note-link"))
                        .getText())
                .contains("CN-" + reference + "-1");
        assertThat(demoText("SELECT amount FROM invoice WHERE order_id = " + order))
                .as("the invoice stays as issued")
                .isEqualTo(billed);
        String payable = demoText(
                "SELECT i.amount - c.amount FROM invoice i JOIN credit_note c ON c.invoice_id = i.id WHERE i.order_id = "
                        + order);
        assertThat(driver.findElement(org.openqa.selenium.By.id("orderPayable")).getText())
                .contains(payable);
        org.shelfline.web.support.Browser.screenshot(driver, "demo-shop-order-credit-note");
        assertThat(driver.findElement(org.openqa.selenium.By.tagName("main")).getText())
                .as("routing is not the shop's business")
                .doesNotContain("can fill every line");

        org.shelfline.web.pages.HomePage.current(driver).signOut().signInAs("freshco.admin", DEMO_PASSWORD);
        org.shelfline.web.pages.FullPage.open(
                driver, base, "admin/stores/store.xhtml?id=" + store, org.openqa.selenium.By.id("standingStatus"));
        assertThat(driver.findElement(org.openqa.selenium.By.tagName("main")).getText())
                .contains("Net 15 days");
        driver.manage().window().setSize(org.shelfline.web.support.Browser.PHONE);
        driver.navigate().refresh();
        assertThat(org.shelfline.web.pages.HomePage.current(driver).overflowsHorizontally())
                .as("the store page fits a phone")
                .isFalse();
        driver.manage().window().setSize(org.shelfline.web.support.Browser.DESKTOP);
        org.shelfline.web.pages.FullPage.open(
                driver,
                base,
                "admin/credit/account.xhtml?store=" + store,
                org.openqa.selenium.By.cssSelector(".account-balance"));
        assertThat(driver.findElement(org.openqa.selenium.By.tagName("main")).getText())
                .contains("INV-" + reference)
                .contains("CN-" + reference + "-1");
    }

    @Test
    void everyPageOfEveryDemoAccountRendersInEnglishAndChinese() {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> pagesSeen = new HashMap<>();
        for (String account : ACCOUNTS) {
            for (String language : List.of("en", "zh-CN")) {
                pagesSeen.put(account + " " + language, crawl(account, language, problems));
            }
        }
        assertThat(problems).as("pages that broke on the demo data").isEmpty();
        assertThat(pagesSeen.get("freshco.admin en"))
                .as("the brand console's pages")
                .isGreaterThan(30);
        assertThat(pagesSeen.get("store01 zh-CN")).as("a shop's pages").isGreaterThan(8);
        assertThat(pagesSeen.get("southgate en")).as("a distributor's pages").isGreaterThan(6);
    }

    @Test
    void theDemoIsALivingBusinessWhoseMoneyAddsUp() throws SQLException {
        assertThat(
                        demoCount(
                                "SELECT COUNT(*) FROM store_brand WHERE status = 'VERIFIED' AND (credit_terms IS NULL OR credit_limit IS NULL)"))
                .as("verified standings without credit terms")
                .isZero();
        for (String status :
                List.of("PLACED", "ACCEPTED", "PICKING", "SHIPPED", "DELIVERED", "PARTIALLY_DELIVERED", "CANCELLED")) {
            assertThat(demoCount("SELECT COUNT(*) FROM purchase_order WHERE status = '" + status + "'"))
                    .as(status)
                    .isPositive();
        }
        assertThat(demoCount("SELECT COUNT(*) FROM routing_decision WHERE outcome = 'REJECTED'"))
                .as("re-routed orders")
                .isPositive();
        assertThat(demoCount("SELECT COUNT(*) FROM credit_note")).isPositive();
        assertThat(demoCount("SELECT COUNT(*) FROM payment")).isPositive();
        assertThat(demoCount("SELECT COUNT(*) FROM store_brand WHERE hold_kind = 'AUTO'"))
                .as("overdue and on hold")
                .isPositive();
        assertThat(demoCount("SELECT COUNT(*) FROM store_brand WHERE hold_kind = 'MANUAL'"))
                .as("held by the brand")
                .isPositive();
        assertThat(demoCount("SELECT COUNT(*) FROM delivery_dispute WHERE status = 'OPEN'"))
                .as("a disputed delivery to decide")
                .isPositive();
        assertThat(demoCount("SELECT COUNT(*) FROM delivery_dispute WHERE status = 'SETTLED'"))
                .as("and settled ones")
                .isPositive();
        assertThat(demoCount("SELECT COUNT(*) FROM purchase_order WHERE placed_at < UTC_TIMESTAMP() - INTERVAL 60 DAY"))
                .as("history goes back months")
                .isPositive();
        assertThat(
                        demoCount(
                                "SELECT COUNT(*) FROM invoice i WHERE i.amount <> (SELECT SUM(l.amount) FROM invoice_line l WHERE l.invoice_id = i.id)"))
                .as("documents whose lines do not add up to their amount")
                .isZero();
        assertThat(demoCount("SELECT COUNT(*) FROM store_brand b WHERE b.credit_used <> "
                        + "COALESCE((SELECT SUM(i.open_amount) FROM invoice i WHERE i.store_id = b.store_id AND i.brand_id = b.brand_id), 0) "
                        + "+ COALESCE((SELECT SUM(o.total) FROM purchase_order o WHERE o.store_id = b.store_id AND o.brand_id = b.brand_id "
                        + "AND o.payment = 'CREDIT' AND o.status IN ('PLACED', 'ACCEPTED', 'PICKING', 'SHIPPED')), 0)"))
                .as("accounts whose credit in use is not open invoices plus open credit orders")
                .isZero();
        assertThat(demoCount("SELECT COUNT(*) FROM stock WHERE reserved > on_hand"))
                .isZero();
        assertThat(demoCount(
                        "SELECT COUNT(*) FROM fair WHERE starts_at <= UTC_TIMESTAMP() AND ends_at > UTC_TIMESTAMP()"))
                .as("a fair running")
                .isPositive();
        assertThat(demoCount("SELECT COUNT(*) FROM fair WHERE starts_at > UTC_TIMESTAMP()"))
                .as("a fair to come")
                .isPositive();
        assertThat(demoCount("SELECT COUNT(*) FROM fair f WHERE f.ends_at < UTC_TIMESTAMP() AND EXISTS "
                        + "(SELECT 1 FROM fair_claim c WHERE c.fair_id = f.id AND c.status = 'PLACED')"))
                .as("a past fair with sales")
                .isPositive();
        assertThat(demoCount("SELECT COUNT(*) FROM fair_offer o WHERE o.sold <> COALESCE((SELECT SUM(t.cases) "
                        + "FROM fair_store_take t WHERE t.offer_id = o.id), 0)"))
                .as("fair offers whose sales are not the shops' shares")
                .isZero();
        assertThat(demoCount("SELECT COUNT(*) FROM checkout c WHERE c.fair_id IS NOT NULL AND c.total <> "
                        + "(SELECT SUM(o.total) FROM purchase_order o WHERE o.checkout_id = c.id)"))
                .as("fair checkouts that do not add up")
                .isZero();
        assertThat(demoCount("SELECT COUNT(DISTINCT period) FROM statement"))
                .as("statement runs")
                .isGreaterThanOrEqualTo(2);
        assertThat(demoCount("SELECT COUNT(*) FROM statement WHERE closing <> opening + invoiced - paid - credited"))
                .as("statements that do not add up")
                .isZero();
    }

    @Test
    void aSearchThatFindsNothingIsAnEmptyListNotAnError() throws Exception {
        WebClient shop = new WebClient(base, "en");
        shop.signIn("store01", DEMO_PASSWORD);
        for (String nothing : List.of("xyzzy", "milk", "FC-9999", "汽水")) {
            Page page =
                    shop.open("shop/catalog.xhtml?q=" + java.net.URLEncoder.encode(nothing, StandardCharsets.UTF_8));
            assertThat(page.status()).as(nothing).isEqualTo(200);
            assertThat(page.body()).as(nothing).doesNotContain("error500").contains("Nothing matches that search");
        }

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> token = http.send(
                HttpRequest.newBuilder(shop.resolve("api/v1/tokens"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(
                                "{\"username\": \"store01\", \"password\": \"" + DEMO_PASSWORD + "\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(token.statusCode()).isEqualTo(201);
        String bearer = token.body().replaceAll("(?s).*\"token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        for (String nothing : List.of("xyzzy", "汽水")) {
            HttpResponse<String> found = http.send(
                    HttpRequest.newBuilder(shop.resolve("api/v1/catalog/FRESHCO?q="
                                    + java.net.URLEncoder.encode(nothing, StandardCharsets.UTF_8)))
                            .header("Authorization", "Bearer " + bearer)
                            .GET()
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(found.statusCode()).as(nothing).isEqualTo(200);
            assertThat(found.body()).as(nothing).isEqualTo("[]");
        }
    }

    @Test
    void aQuickOrderWithABadLineAddsTheGoodOnesOnce() throws SQLException {
        WebClient shop = new WebClient(base, "en");
        shop.signIn("store02", DEMO_PASSWORD);
        long store = demoCount("SELECT store_id FROM user_account WHERE username = 'store02'");
        long freshco = demoCount("SELECT id FROM brand WHERE code = 'FRESHCO'");
        Page cart = shop.open("shop/cart.xhtml");

        Page afterFirst = shop.submit(
                cart,
                "quick",
                Map.of(
                        "quick:quickBrand",
                        String.valueOf(freshco),
                        "quick:quickLines",
                        "FC-0001 2\nNOPE-1 3\nFC-0002 1"),
                "quick:quickAdd");
        assertThat(afterFirst.status()).isEqualTo(200);
        assertThat(afterFirst.document().select("textarea").text())
                .as("only the refused line stays in the box")
                .isEqualTo("NOPE-1 3");
        assertThat(afterFirst.body()).contains("2 lines were added").contains("NOPE-1");

        Page afterSecond = shop.submit(
                afterFirst,
                "quick",
                Map.of("quick:quickBrand", String.valueOf(freshco), "quick:quickLines", "FC-0004 3"),
                "quick:quickAdd");
        assertThat(afterSecond.body()).contains("All lines were added");
        assertThat(cartCases(store, "FC-0001")).as("added once").isEqualTo(2);
        assertThat(cartCases(store, "FC-0002")).isEqualTo(1);
        assertThat(cartCases(store, "FC-0004")).isEqualTo(3);
    }

    /** Signs in and opens every page reachable from the account's home; returns how many it opened. */
    private int crawl(String account, String language, List<String> problems) {
        WebClient client = new WebClient(base, language);
        Page signedIn = client.signIn(account, DEMO_PASSWORD);
        if (!signedIn.isRedirect()) {
            problems.add(account + " could not sign in");
            return 0;
        }
        Page home = client.open("home");
        String root = base.getPath().endsWith("/") ? base.getPath() : base.getPath() + "/";
        String area = home.uri().getPath().substring(root.length()).split("/")[0];
        ArrayDeque<URI> queue = new ArrayDeque<>(List.of(home.uri()));
        Set<String> seen = new LinkedHashSet<>();
        Map<String, Integer> variants = new HashMap<>();
        int opened = 0;
        while (!queue.isEmpty() && opened < PAGES_PER_ACCOUNT) {
            URI uri = queue.poll();
            if (!seen.add(uri.toString()) || variants.merge(uri.getPath(), 1, Integer::sum) > VARIANTS_PER_PAGE) {
                continue;
            }
            Page page = client.open(uri.getPath().substring(root.length()) + query(uri));
            opened++;
            String where = account + " (" + language + ") " + uri.getPath() + query(uri);
            if (page.status() >= 400) {
                problems.add(where + " answered " + page.status());
                continue;
            }
            String type = page.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("text/html")) {
                continue;
            }
            if (page.body().contains("id=\"error500\"")) {
                problems.add(where + " shows the error page");
            }
            if (page.body().contains("???")) {
                problems.add(where + " names a text that is missing: "
                        + page.body().replaceAll("(?s).*?(\\?\\?\\?[^?]{0,80}\\?\\?\\?).*", "$1"));
            }
            java.util.regex.Matcher code = RAW_CODE.matcher(
                    page.document().body() == null ? "" : page.document().body().text());
            if (code.find()) {
                problems.add(where + " shows a code instead of words: " + code.group());
            }
            for (Element link : page.document().select("a[href]")) {
                URI target = page.uri().resolve(link.attr("href").replace(" ", "%20"));
                String path = target.getPath();
                if (target.getHost() != null
                        && target.getHost().equals(page.uri().getHost())
                        && target.getPort() == page.uri().getPort()
                        && (path.startsWith(root + area + "/") || path.startsWith(root + "documents/"))
                        && !path.contains("jakarta.faces.resource")) {
                    queue.add(URI.create(target.getScheme() + "://" + target.getAuthority() + path + query(target)));
                }
            }
        }
        return opened;
    }

    /** Codes the schema stores that a page must put in words (payments, terms, statuses, methods). */
    private static final java.util.regex.Pattern RAW_CODE = java.util.regex.Pattern.compile(
            "\\b(CASH_ON_DELIVERY|PARTIALLY_DELIVERED|PAY_NOW|NET_15|NET_30|BANK_TRANSFER|WECHAT_PAY|ALIPAY|FIRST_CHOICE|REROUTED)\\b");

    private static String query(URI uri) {
        return uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
    }

    private static long cartCases(long store, String code) throws SQLException {
        return demoCount("SELECT COALESCE(SUM(c.cases), 0) FROM cart_line c JOIN sku k ON k.id = c.sku_id "
                + "WHERE c.store_id = " + store + " AND k.code = '" + code + "'");
    }

    private static String demoText(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl(DEMO_DATABASE), "root", "");
                ResultSet result = c.createStatement().executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    private static long demoCount(String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection(serverUrl(DEMO_DATABASE), "root", "");
                ResultSet result = c.createStatement().executeQuery(sql)) {
            result.next();
            return result.getLong(1);
        }
    }

    private static String serverUrl(String database) {
        return "jdbc:mariadb://127.0.0.1:"
                + System.getProperty("test.db.port", System.getProperty("shelfline.db.port", "3306")) + "/" + database;
    }
}
