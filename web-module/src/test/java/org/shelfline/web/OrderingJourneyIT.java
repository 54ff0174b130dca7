package org.shelfline.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.shelfline.web.pages.DistributorPages;
import org.shelfline.web.pages.FullPage;
import org.shelfline.web.pages.HomePage;
import org.shelfline.web.pages.LoginPage;
import org.shelfline.web.pages.ShopPages;
import org.shelfline.web.support.Browser;
import org.shelfline.web.support.BrowserJourney;
import org.shelfline.web.support.TestDatabase;

/**
 * The ordering journey in headless Chromium: a shop owner searches, fills a cart and checks out on
 * credit; the distributor accepts, prints a pick list, ships and records a short delivery; the shop sees
 * every status on the way.
 */
class OrderingJourneyIT extends BrowserJourney {

    private long warehouse;

    @BeforeEach
    void stockAndCredit() {
        warehouse = TestDatabase.count(
                "SELECT w.id FROM warehouse w JOIN distributor d ON d.id = w.distributor_id WHERE d.name = ?",
                tenants.distributorName());
        TestDatabase.stock(warehouse, tenants.skuOfA(), 50);
        TestDatabase.execute(
                "UPDATE store_brand SET credit_terms = 'MONTHLY', credit_limit = 5000 WHERE store_id = ?",
                tenants.storeId());
    }

    @Test
    void aShopOrdersOnCreditAndTheDistributorDeliversIt() {
        LoginPage.open(driver, base).signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);
        ShopPages shop = new ShopPages(driver, base).searchCatalogue(tenants.skuCodeOfA());
        assertThat(shop.catalogueRow(tenants.skuCodeOfA())).contains("36.50").contains("In stock");

        assertThat(shop.addToCart(tenants.skuCodeOfA(), "0").messages()).contains("above zero");
        assertThat(shop.addToCart(tenants.skuCodeOfA(), "lots").messages()).contains(tenants.skuCodeOfA());
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM cart_line WHERE store_id = ?", tenants.storeId()))
                .isZero();
        assertThat(shop.cartCount()).isZero();
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("window.samePage = true;");
        assertThat(shop.addToCart(tenants.skuCodeOfA(), "3").messages()).contains("Added 3 cases");
        assertThat(shop.cartCount()).as("the header counts the cart's lines").isEqualTo(1);
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver).executeScript("return window.samePage === true;"))
                .as("added in place, without loading the page again")
                .isEqualTo(true);

        shop.openCart();
        assertThat(shop.cartTotal()).contains("109.50");
        driver.manage().window().setSize(Browser.PHONE);
        driver.navigate().refresh();
        assertThat(HomePage.current(driver).overflowsHorizontally())
                .as("the cart fits a phone")
                .isFalse();
        Browser.screenshot(driver, "shop-cart-phone");
        driver.manage().window().setSize(Browser.DESKTOP);
        shop.openCart();
        assertThat(shop.saveCartAsList("Weekly tea").messages()).contains("Saved the list Weekly tea");
        assertThat(shop.saveCartAsList("Weekly tea").messages()).contains("already have a list called Weekly tea");
        Browser.screenshot(driver, "shop-cart");
        shop.placeOrder("CREDIT");
        assertThat(shop.heading()).isEqualTo("Order placed");
        assertThat(shop.pageText()).contains(tenants.distributorName()).contains("Credit terms");
        String reference =
                TestDatabase.text("SELECT reference FROM purchase_order WHERE store_id = ?", tenants.storeId());

        driver.navigate().back();
        assertThat(new ShopPages(driver, base).openCart().pageText()).contains("Your cart is empty");
        assertThat(shop.putListInCart("Weekly tea").messages()).contains("The list is in your cart");
        assertThat(shop.cartTotal()).contains("109.50");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM purchase_order WHERE store_id = ?", tenants.storeId()))
                .isEqualTo(1);
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM saved_list WHERE store_id = ?", tenants.storeId()))
                .isEqualTo(1);
        assertThat(shop.openOrder(reference).orderStatus()).isEqualTo("Placed");

        HomePage.current(driver).signOut().signInAs(tenants.distributor(), TestDatabase.PASSWORD);
        DistributorPages distributor = new DistributorPages(driver, base).openInbox();
        assertThat(distributor.count("PLACED")).isEqualTo("1");
        assertThat(distributor.inboxText()).contains(reference).contains(tenants.storeName());
        assertThat(distributor.openOrder(reference).click("accept").orderStatus())
                .isEqualTo("Accepted");
        assertThat(driver.findElement(By.id("storePhone")).getText())
                .as("the shop's phone, to call from the order")
                .isEqualTo("13800000000");

        distributor.startPickingTicked();
        assertThat(distributor.messages()).contains("Tick the orders to pick first");
        distributor.startPickingTicked(reference);
        assertThat(distributor.messages()).contains("One order moved to picking.");
        assertThat(distributor.pageText())
                .contains("Pick list")
                .contains(reference)
                .contains("Test " /* district name */)
                .contains("Pick list of ")
                .contains("Shop phone: 13800000000")
                .contains("Warehouse: Depot ");
        Browser.screenshot(driver, "pick-list");

        distributor.openInbox();
        FullPage.open(driver, base, "distributor/orders.xhtml?status=PICKING", By.id("inbox:orders"));
        distributor.openOrder(reference).click("ship");
        assertThat(distributor.orderStatus()).isEqualTo("Shipped");
        assertThat(TestDatabase.count(
                        "SELECT on_hand FROM stock WHERE warehouse_id = ? AND sku_id = ?", warehouse, tenants.skuOfA()))
                .isEqualTo(47);

        assertThat(distributor
                        .deliveredOnFirstLine("4", "0")
                        .click("recordDelivery")
                        .messages())
                .contains("between 0 and 3");
        assertThat(driver.findElement(By.cssSelector("input.delivered-input")).getAttribute("value"))
                .as("what was typed stays, to be corrected")
                .isEqualTo("4");
        assertThat(distributor
                        .deliveredOnFirstLine("2", "0")
                        .click("recordDelivery")
                        .orderStatus())
                .isEqualTo("Partially delivered");

        HomePage.current(driver).signOut().signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);
        ShopPages again = new ShopPages(driver, base).openOrder(reference);
        assertThat(again.orderStatus()).isEqualTo("Partially delivered");
        assertThat(again.historyStatuses())
                .containsExactly("Placed", "Accepted", "Picking", "Shipped", "Partially delivered");
        Browser.screenshot(driver, "shop-order-delivered");

        // The shop says only one of the distributor's two cases arrived: credited, and disputed.
        new DistributorPages(driver, base).deliveredOnFirstLine("1", "0");
        FullPage.submit(driver, driver.findElement(By.id("order:confirmDelivery")));
        assertThat(driver.findElement(By.cssSelector(".dispute-note")).getText())
                .contains("1 case(s) fewer")
                .contains("The brand will decide");

        // The distributor sees the dispute on its order; the brand settles it by billing the case again.
        HomePage.current(driver).signOut().signInAs(tenants.distributor(), TestDatabase.PASSWORD);
        long orderId = TestDatabase.count("SELECT id FROM purchase_order WHERE reference = ?", reference);
        FullPage.open(driver, base, "distributor/order.xhtml?id=" + orderId, By.id("order"));
        assertThat(driver.findElement(By.cssSelector(".dispute-note")).getText())
                .contains("The brand will decide");
        HomePage.current(driver).signOut().signInAs(tenants.brandAdminA(), TestDatabase.PASSWORD);
        FullPage.submit(driver, driver.findElement(By.id("navDisputes")));
        WebElement row =
                driver.findElement(By.xpath("//tr[.//span[@class='dispute-order' and text()='" + reference + "']]"));
        FullPage.submit(driver, row.findElement(By.cssSelector("button[id$='rebill']")));
        assertThat(FullPage.messages(driver)).contains("Say why the cases are billed again");
        row = driver.findElement(By.xpath("//tr[.//span[@class='dispute-order' and text()='" + reference + "']]"));
        row.findElement(By.cssSelector("textarea[id$='note']"))
                .sendKeys("The driver has the shop's signature for 2 cases");
        FullPage.submit(driver, row.findElement(By.cssSelector("button[id$='rebill']")));
        assertThat(FullPage.messages(driver)).contains("billed again");
        assertThat(driver.findElement(By.xpath("//tr[.//span[@class='dispute-order' and text()='" + reference + "']]"))
                        .getText())
                .contains("The brand billed the cases again")
                .contains("signature for 2 cases");
        assertThat(TestDatabase.count("SELECT COUNT(*) FROM invoice WHERE number = ?", "INV-" + reference + "-R1"))
                .isEqualTo(1);
        driver.manage().window().setSize(Browser.PHONE);
        driver.navigate().refresh();
        assertThat(HomePage.current(driver).overflowsHorizontally())
                .as("the disputes fit a phone")
                .isFalse();
    }

    @Test
    void aShopQuickOrdersAndCancelsAndADistributorRejects() {
        LoginPage.open(driver, base).signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);
        ShopPages shop = new ShopPages(driver, base)
                .quickOrder(tenants.skuCodeOfA() + " 2\nNO-SUCH-SKU 1\n" + tenants.skuCodeOfA() + " -3");
        assertThat(shop.messages())
                .contains("Line 2 (NO-SUCH-SKU 1)")
                .contains("Line 3 (" + tenants.skuCodeOfA() + " -3)");
        assertThat(TestDatabase.count("SELECT cases FROM cart_line WHERE store_id = ?", tenants.storeId()))
                .as("the good line went in, the bad ones did not")
                .isEqualTo(2);
        shop.placeOrder("CASH_ON_DELIVERY");
        String rejected = TestDatabase.text(
                "SELECT reference FROM purchase_order WHERE store_id = ? ORDER BY id DESC LIMIT 1", tenants.storeId());
        shop.quickOrder(tenants.skuCodeOfA() + " 1").placeOrder("CASH_ON_DELIVERY");
        String cancelled = TestDatabase.text(
                "SELECT reference FROM purchase_order WHERE store_id = ? ORDER BY id DESC LIMIT 1", tenants.storeId());
        assertThat(TestDatabase.count(
                        "SELECT reserved FROM stock WHERE warehouse_id = ? AND sku_id = ?",
                        warehouse,
                        tenants.skuOfA()))
                .isEqualTo(3);

        assertThat(shop.openOrder(cancelled).cancelOrder().messages()).contains("is cancelled");
        assertThat(shop.orderStatus()).isEqualTo("Cancelled");

        HomePage.current(driver).signOut().signInAs(tenants.distributor(), TestDatabase.PASSWORD);
        DistributorPages distributor = new DistributorPages(driver, base).openInbox();
        assertThat(distributor.inboxText()).contains(rejected).doesNotContain(cancelled);
        distributor.openOrder(rejected).reject("Our truck is off the road this week");
        assertThat(TestDatabase.text("SELECT status FROM purchase_order WHERE reference = ?", rejected))
                .as("no other distributor serves the shop: the order is cancelled")
                .isEqualTo("CANCELLED");
        assertThat(TestDatabase.count(
                        "SELECT reserved FROM stock WHERE warehouse_id = ? AND sku_id = ?",
                        warehouse,
                        tenants.skuOfA()))
                .as("both orders' stock is back")
                .isZero();
        assertThat(distributor.openInbox().inboxText()).doesNotContain(rejected);

        HomePage.current(driver).signOut().signInAs(tenants.storeOwner(), TestDatabase.PASSWORD);
        ShopPages again = new ShopPages(driver, base).openOrder(rejected);
        assertThat(again.orderStatus()).isEqualTo("Cancelled");
        assertThat(again.pageText()).contains("Our truck is off the road this week");
    }
}
